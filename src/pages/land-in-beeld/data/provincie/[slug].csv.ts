import type { APIRoute } from 'astro';
import { landInBeeld } from '../../../../data/monitor.ts';
import { provincieCsv } from '../../../../lib/land-in-beeld/csv.ts';

export function getStaticPaths() {
  const vm = landInBeeld();
  return [...vm.provincies.values()].map((p) => ({ params: { slug: p.slug }, props: { naam: p.naam, gemeenten: p.gemeenten.map((c) => vm.gemeenten.get(c)!) } }));
}
export const GET: APIRoute = ({ props }) => new Response(provincieCsv(props.gemeenten, props.naam), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
