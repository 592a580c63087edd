import type { APIRoute } from 'astro';
import { landInBeeld, monitor, provincieNaamVan } from '../../../../data/monitor.ts';
import { gemeenteDownloadCsv } from '../../../../lib/land-in-beeld/csv.ts';

/** Every gemeente with example stands (2015–2016) or computed shares (current indeling). */
export function getStaticPaths() {
  const m = monitor();
  return [...landInBeeld().gemeenten.values()]
    .filter((g) => g.huidig || m.reeksen.has(g.code))
    .map((g) => ({ params: { code: g.code.toLowerCase() }, props: { g, r: m.reeksen.get(g.code) ?? null } }));
}
export const GET: APIRoute = ({ props }) =>
  new Response(gemeenteDownloadCsv(props.r, props.g, provincieNaamVan), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
