/**
 * A small reader for deploy/nginx.conf: enough of nginx's syntax (directives,
 * blocks, quoted strings, comments) to compute the headers a URI gets from the
 * server-level `add_header` lines and `map $uri` blocks, the way nginx does.
 */
export interface Directive {
  name: string;
  args: string[];
  block?: Directive[];
  line: number;
}

function tokenize(src: string): { t: string; line: number; quoted: boolean }[] {
  const out: { t: string; line: number; quoted: boolean }[] = [];
  let i = 0;
  let line = 1;
  while (i < src.length) {
    const c = src[i]!;
    if (c === '\n') {
      line++;
      i++;
    } else if (/\s/.test(c)) i++;
    else if (c === '#') {
      while (i < src.length && src[i] !== '\n') i++;
    } else if (c === '{' || c === '}' || c === ';') {
      out.push({ t: c, line, quoted: false });
      i++;
    } else if (c === '"' || c === "'") {
      let j = i + 1;
      let s = '';
      while (j < src.length && src[j] !== c) {
        if (src[j] === '\\' && j + 1 < src.length) j++;
        if (src[j] === '\n') line++;
        s += src[j];
        j++;
      }
      out.push({ t: s, line, quoted: true });
      i = j + 1;
    } else {
      let j = i;
      while (j < src.length && !/[\s;{}]/.test(src[j]!)) j++;
      out.push({ t: src.slice(i, j), line, quoted: false });
      i = j;
    }
  }
  return out;
}

function parseNginx(src: string): Directive[] {
  const toks = tokenize(src);
  let p = 0;
  const parseBlock = (): Directive[] => {
    const list: Directive[] = [];
    while (p < toks.length) {
      const tok = toks[p]!;
      if (tok.t === '}' && !tok.quoted) {
        p++;
        return list;
      }
      const name = tok.t;
      const line = tok.line;
      p++;
      const args: string[] = [];
      while (p < toks.length && !(['{', ';'].includes(toks[p]!.t) && !toks[p]!.quoted)) args.push(toks[p++]!.t);
      if (p >= toks.length) throw new Error(`nginx.conf: directive "${name}" on line ${line} has no ";"`);
      if (toks[p]!.t === '{') {
        p++;
        list.push({ name, args, block: parseBlock(), line });
      } else {
        p++;
        list.push({ name, args, line });
      }
    }
    return list;
  };
  return parseBlock();
}

export interface NginxSite {
  directives: Directive[];
  server: Directive;
  maps: Map<string, { source: string; entries: Directive[] }>;
}

export function readSite(src: string): NginxSite {
  const directives = parseNginx(src);
  const servers = directives.filter((d) => d.name === 'server');
  if (servers.length !== 1) throw new Error(`nginx.conf: expected one server block, found ${servers.length}`);
  const maps = new Map<string, { source: string; entries: Directive[] }>();
  for (const d of directives.filter((x) => x.name === 'map')) {
    maps.set(d.args[1]!, { source: d.args[0]!, entries: d.block ?? [] });
  }
  return { directives, server: servers[0]!, maps };
}

/** nginx `map` semantics: exact strings first, then regexes in order, then `default`. */
function evalMap(entries: readonly Directive[], value: string): string {
  let def = '';
  const exact = new Map<string, string>();
  const regexes: [RegExp, string][] = [];
  for (const e of entries) {
    const v = e.args[0] ?? '';
    if (e.name === 'default') def = v;
    else if (e.name.startsWith('~*')) regexes.push([new RegExp(e.name.slice(2), 'i'), v]);
    else if (e.name.startsWith('~')) regexes.push([new RegExp(e.name.slice(1)), v]);
    else exact.set(e.name, v);
  }
  if (exact.has(value)) return exact.get(value)!;
  for (const [re, v] of regexes) if (re.test(value)) return v;
  return def;
}

/**
 * The headers the server-level `add_header` lines give a request whose final
 * (internal) URI is `uri`, e.g. `/themas/index.html` for `/themas/`.
 * Keys are lower case; an empty value means nginx sends no header.
 */
export function nginxHeadersFor(site: NginxSite, uri: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const d of site.server.block ?? []) {
    if (d.name !== 'add_header') continue;
    const [name, raw] = d.args;
    const value = (raw ?? '').replace(/\$[a-z_]+/g, (v) => {
      if (v === '$uri') return uri;
      const m = site.maps.get(v);
      if (!m) throw new Error(`nginx.conf: unknown variable ${v}`);
      if (m.source !== '$uri') throw new Error(`nginx.conf: map ${v} reads ${m.source}; this reader only knows $uri`);
      return evalMap(m.entries, uri);
    });
    if (value !== '') out[name!.toLowerCase()] = value;
  }
  return out;
}

/** Every directive with this name anywhere in the tree, with the chain of blocks around it. */
export function findAll(list: readonly Directive[], name: string, path: Directive[] = []): { d: Directive; path: Directive[] }[] {
  const out: { d: Directive; path: Directive[] }[] = [];
  for (const d of list) {
    if (d.name === name) out.push({ d, path });
    if (d.block) out.push(...findAll(d.block, name, [...path, d]));
  }
  return out;
}
