import type { APIRoute } from 'astro';
import { landInBeeld } from '../../../data/monitor.ts';
import { reeksCsv } from '../../../lib/land-in-beeld/csv.ts';

export const GET: APIRoute = () => new Response(reeksCsv(landInBeeld().reeks), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
