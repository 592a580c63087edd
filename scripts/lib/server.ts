/**
 * Serve a built dist/ on loopback the way production does, so tests see production headers.
 *
 * - `startDistServer()`: a small Node server that applies `dist/_headers` the way
 *   Cloudflare Pages does (every matching rule applies; a header set by two rules is
 *   joined with ", ", which makes a conflicting `_headers` visible in tests), with gzip
 *   for text types like the CDN.
 * - `startNginxServer()`: Debian's nginx running `deploy/nginx.conf` unchanged except
 *   for `listen` and `root` (a loopback port and the dist folder).
 * - `startSiteServer()`: nginx when it is installed (or OT_SERVER=nginx), the Node
 *   server otherwise (or OT_SERVER=node). `.kind` says which one runs.
 *
 * Everything listens on 127.0.0.1 only and stops when the test closes it.
 */
import { createServer, type Server } from 'node:http';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { PROJECT } from './paths.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
  '.woff2': 'font/woff2',
};

/** Types a CDN compresses on the fly. Pagefind's own files are already compressed. */
const COMPRESSIBLE = /^(text\/|application\/(json|xml|javascript)|image\/svg\+xml)/;

export interface HeaderRegel {
  patroon: string;
  headers: [string, string][];
}

/** Parse a Netlify/Cloudflare `_headers` file: a path pattern line, then indented `Name: value` lines. */
export function leesHeaders(tekst: string): HeaderRegel[] {
  const regels: HeaderRegel[] = [];
  for (const lijn of tekst.split(/\r?\n/)) {
    if (!lijn.trim() || lijn.trim().startsWith('#')) continue;
    if (!/^\s/.test(lijn)) regels.push({ patroon: lijn.trim(), headers: [] });
    else {
      const i = lijn.indexOf(':');
      if (i > 0 && regels.length) regels[regels.length - 1]!.headers.push([lijn.slice(0, i).trim(), lijn.slice(i + 1).trim()]);
    }
  }
  return regels;
}

/** Does a `_headers` path pattern match a request path? `*` is a greedy splat, `:name` one segment. */
export function past(patroon: string, pad: string): boolean {
  const re = new RegExp(
    `^${patroon
      .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/:[a-z]+/g, '[^/]+')}$`,
  );
  return re.test(pad);
}

/**
 * The headers `_headers` gives a request path, Cloudflare Pages style: all matching
 * rules apply, in file order; a header named twice is joined with ", ".
 * Keys are lower case.
 */
export function headersVoor(regels: readonly HeaderRegel[], pad: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const r of regels) {
    if (!past(r.patroon, pad)) continue;
    for (const [k, v] of r.headers) {
      const key = k.toLowerCase();
      out[key] = out[key] === undefined ? v : `${out[key]}, ${v}`;
    }
  }
  return out;
}

export interface SiteServer {
  url: string;
  close: () => Promise<void>;
  /** 'node' (this file's server, applying `_headers`) or 'nginx' (deploy/nginx.conf). */
  kind: 'node' | 'nginx';
  server?: Server;
}

interface RedirectRegel {
  pad: string;
  /** query parameter → placeholder name (`voor=:voor`) */
  query: [string, string][];
  doel: string;
  status: number;
}

/** Netlify-style `_redirects` lines: `/pad key=:naam … /doel/:naam/ 302`. Comments and blank lines skipped. */
function leesRedirects(tekst: string): RedirectRegel[] {
  return tekst
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'))
    .map((l) => {
      const delen = l.split(/\s+/);
      const status = /^\d{3}$/.test(delen.at(-1)!) ? Number(delen.pop()) : 301;
      const doel = delen.pop()!;
      const [pad, ...query] = delen as [string, ...string[]];
      return { pad, query: query.map((q) => q.split('=') as [string, string]), doel, status };
    });
}

/** The first rule whose path and query parameters all match, as Netlify applies them. */
function redirectVoor(regels: readonly RedirectRegel[], url: URL): { status: number; location: string } | undefined {
  for (const r of regels) {
    if (r.pad !== url.pathname) continue;
    if (!r.query.every(([k]) => url.searchParams.has(k))) continue;
    let location = r.doel;
    for (const [k, naam] of r.query) location = location.replaceAll(naam, url.searchParams.get(k) ?? '');
    return { status: r.status, location };
  }
  return undefined;
}

export interface DistServer extends SiteServer {
  server: Server;
}

function defaultDist(): string {
  return resolve(process.env.OT_DIST ?? join(process.cwd(), 'dist'));
}

export async function startDistServer(dist = defaultDist()): Promise<DistServer> {
  dist = resolve(dist);
  const headersBestand = join(dist, '_headers');
  const regels = existsSync(headersBestand) ? leesHeaders(readFileSync(headersBestand, 'utf8')) : [];
  const redirectsBestand = join(dist, '_redirects');
  const redirects = existsSync(redirectsBestand) ? leesRedirects(readFileSync(redirectsBestand, 'utf8')) : [];
  const server = createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const url = new URL(req.url ?? '/', 'http://localhost');
    const doel = redirectVoor(redirects, url);
    if (doel) {
      res.writeHead(doel.status, { Location: doel.location, ...headersVoor(regels, url.pathname) }).end();
      return;
    }
    let pad: string;
    try {
      pad = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    let bestand = normalize(join(dist, pad));
    if (bestand !== dist && !bestand.startsWith(dist + sep)) {
      res.writeHead(400).end();
      return;
    }
    if (existsSync(bestand) && statSync(bestand).isDirectory()) {
      if (!pad.endsWith('/')) {
        res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
        return;
      }
      bestand = join(bestand, 'index.html');
    }
    let status = 200;
    // `_headers` itself is configuration, never content (CDNs don't serve it either).
    if (!existsSync(bestand) || !statSync(bestand).isFile() || bestand === headersBestand || bestand === redirectsBestand) {
      status = 404;
      bestand = join(dist, '404.html');
    }
    const type = TYPES[extname(bestand)] ?? 'application/octet-stream';
    const headers: Record<string, string> = { 'Content-Type': type, Vary: 'Accept-Encoding' };
    Object.assign(headers, headersVoor(regels, url.pathname));
    let body: Buffer = existsSync(bestand) ? readFileSync(bestand) : Buffer.from('Niet gevonden');
    if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) && body.length > 256) {
      body = gzipSync(body);
      headers['Content-Encoding'] = 'gzip';
    }
    headers['Content-Length'] = String(body.length);
    res.writeHead(status, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    kind: 'node',
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

const NGINX_CONF = join(PROJECT, 'deploy/nginx.conf');

export function nginxBinary(): string | undefined {
  for (const p of ['/usr/sbin/nginx', '/usr/bin/nginx', '/usr/local/sbin/nginx']) if (existsSync(p)) return p;
  return undefined;
}

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((ok) => s.listen(0, '127.0.0.1', ok));
  const { port } = s.address() as AddressInfo;
  await new Promise<void>((ok) => s.close(() => ok()));
  return port;
}

/**
 * deploy/nginx.conf as a test config: the production `listen` lines become one
 * loopback port and `root` becomes the dist folder. Nothing else changes.
 */
export function nginxTestConfig(siteConf: string, opts: { dist: string; port: number; tmp: string }): string {
  let listened = false;
  const site = siteConf
    .split('\n')
    .map((l) => {
      if (/^\s*listen\s/.test(l)) {
        if (listened) return '';
        listened = true;
        return `    listen 127.0.0.1:${opts.port};`;
      }
      if (/^\s*root\s/.test(l)) return `    root ${opts.dist};`;
      return l;
    })
    .join('\n');
  if (!listened) throw new Error('deploy/nginx.conf has no listen directive');
  const user = process.getuid?.() === 0 ? 'user root root;\n' : '';
  return `${user}worker_processes 1;
daemon off;
pid ${opts.tmp}/nginx.pid;
error_log ${opts.tmp}/error.log warn;
events { worker_connections 256; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    client_body_temp_path ${opts.tmp}/body;
    proxy_temp_path ${opts.tmp}/proxy;
    fastcgi_temp_path ${opts.tmp}/fastcgi;
    uwsgi_temp_path ${opts.tmp}/uwsgi;
    scgi_temp_path ${opts.tmp}/scgi;
${site}
}
`;
}

/** Check a config with `nginx -t`; returns nginx's message on failure, undefined when fine. */
export function nginxCheck(confFile: string): string | undefined {
  const bin = nginxBinary();
  if (!bin) return 'nginx is not installed';
  const r = spawnSync(bin, ['-t', '-q', '-c', confFile], { encoding: 'utf8' });
  return r.status === 0 ? undefined : `${r.stdout}${r.stderr}`;
}

export async function startNginxServer(dist = defaultDist()): Promise<SiteServer> {
  const bin = nginxBinary();
  if (!bin) throw new Error('nginx is not installed (apt-get install -y nginx)');
  dist = resolve(dist);
  const tmp = mkdtempSync(join(tmpdir(), 'ot-nginx-'));
  const port = await freePort();
  const conf = join(tmp, 'nginx.conf');
  writeFileSync(conf, nginxTestConfig(readFileSync(NGINX_CONF, 'utf8'), { dist, port, tmp }));
  const fout = nginxCheck(conf);
  if (fout) throw new Error(`nginx -t rejects deploy/nginx.conf:\n${fout}`);
  const child = spawn(bin, ['-c', conf], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    try {
      await fetch(`${url}/`, { method: 'HEAD' });
      break;
    } catch {
      if (child.exitCode !== null || Date.now() > deadline) {
        child.kill('SIGTERM');
        throw new Error(
          `nginx did not start: ${stderr}${existsSync(join(tmp, 'error.log')) ? readFileSync(join(tmp, 'error.log'), 'utf8') : ''}`,
        );
      }
      await new Promise((ok) => setTimeout(ok, 50));
    }
  }
  return {
    url,
    kind: 'nginx',
    close: async () => {
      if (child.exitCode === null) {
        const exited = new Promise<void>((ok) => child.once('exit', () => ok()));
        child.kill('SIGQUIT');
        await Promise.race([exited, new Promise((ok) => setTimeout(ok, 5000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      rmSync(tmp, { recursive: true, force: true });
    },
  };
}

/** nginx with the real production config when available, else the Node server with `_headers`. */
export async function startSiteServer(dist = defaultDist()): Promise<SiteServer> {
  const wanted = process.env.OT_SERVER;
  if (wanted === 'node') return startDistServer(dist);
  if (wanted === 'nginx' || nginxBinary()) return startNginxServer(dist);
  return startDistServer(dist);
}
