import type { APIRoute } from 'astro';
import { monitor, provincieNaamVan } from '../../../../data/monitor.ts';
import { gemeenteCsv } from '../../../../lib/land-in-beeld/csv.ts';

export function getStaticPaths() {
  return [...monitor().reeksen.values()].map((r) => ({ params: { code: r.gemeente.code.toLowerCase() }, props: { r } }));
}
export const GET: APIRoute = ({ props }) =>
  new Response(gemeenteCsv(props.r, provincieNaamVan), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
