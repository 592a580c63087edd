import type { APIRoute } from 'astro';
import { monitor } from '../../../data/monitor.ts';
import { snapshotJson } from '../../../lib/land-in-beeld/json.ts';
import { maandSleutel } from '../../../lib/land-in-beeld/weergave.ts';

export function getStaticPaths() {
  return monitor().snapshots.map((s) => ({ params: { maand: maandSleutel(s) }, props: { s } }));
}
export const GET: APIRoute = ({ props }) => new Response(snapshotJson(props.s), { headers: { 'Content-Type': 'application/json' } });
