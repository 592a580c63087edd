import type { APIRoute } from 'astro';
import { monitor, provincieNaamVan } from '../../../data/monitor.ts';
import { snapshotCsv } from '../../../lib/land-in-beeld/csv.ts';
import { maandSleutel } from '../../../lib/land-in-beeld/weergave.ts';

export function getStaticPaths() {
  return monitor().snapshots.map((s) => ({ params: { maand: maandSleutel(s) }, props: { s } }));
}
export const GET: APIRoute = ({ props }) =>
  new Response(snapshotCsv(props.s, provincieNaamVan), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
