import type { APIRoute } from 'astro';
import { monitor } from '../../../../data/monitor.ts';
import { gemeenteJson } from '../../../../lib/land-in-beeld/json.ts';

export function getStaticPaths() {
  return [...monitor().reeksen.values()].map((r) => ({ params: { code: r.gemeente.code.toLowerCase() }, props: { r } }));
}
export const GET: APIRoute = ({ props }) => new Response(gemeenteJson(props.r), { headers: { 'Content-Type': 'application/json' } });
