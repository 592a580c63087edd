import type { APIRoute } from 'astro';
import { landInBeeld } from '../../../../data/monitor.ts';
import { provincieJson } from '../../../../lib/land-in-beeld/json.ts';

export function getStaticPaths() {
  const vm = landInBeeld();
  return [...vm.provincies.values()].map((p) => ({ params: { slug: p.slug }, props: { code: p.code, naam: p.naam, gemeenten: p.gemeenten.map((c) => vm.gemeenten.get(c)!) } }));
}
export const GET: APIRoute = ({ props }) => new Response(provincieJson(props.code, props.naam, props.gemeenten), { headers: { 'Content-Type': 'application/json' } });
