import type { APIRoute } from 'astro';
import { landInBeeld } from '../../../data/monitor.ts';
import { reeksJson } from '../../../lib/land-in-beeld/json.ts';

export const GET: APIRoute = () => new Response(reeksJson(landInBeeld().reeks), { headers: { 'Content-Type': 'application/json' } });
