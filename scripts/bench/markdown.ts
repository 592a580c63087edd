/** Replace `## ` sections of BENCHMARKS.md by heading, leaving every other section as it is. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

export function replaceSections(file: string, sections: ReadonlyMap<string, string>, intro: string): void {
  let text = existsSync(file) ? readFileSync(file, 'utf8') : `${intro.trimEnd()}\n`;
  const missing: string[] = [];
  for (const [heading, body] of sections) {
    const esc = heading.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const re = new RegExp(`^## ${esc}\\n[\\s\\S]*?(?=^## |(?![\\s\\S]))`, 'm');
    const block = `## ${heading}\n\n${body.trim()}\n\n`;
    if (re.test(text)) text = text.replace(re, block);
    else missing.push(block);
  }
  if (missing.length) {
    // New sections go before the first section we do not own (e.g. "Search"), else at the end.
    const firstOther = [...text.matchAll(/^## (.+)$/gm)].find((m) => !sections.has(m[1]!.trim()));
    if (firstOther?.index !== undefined)
      text = `${text.slice(0, firstOther.index)}${missing.join('')}${text.slice(firstOther.index)}`;
    else text = `${text.trimEnd()}\n\n${missing.join('')}`;
  }
  writeFileSync(file, `${text.trimEnd()}\n`);
}

export function table(head: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const align = head.map((_, i) =>
    rows.every((r) => typeof r[i] === 'number' || /^[\d.,−\- s%×<>≤]+$/.test(String(r[i]))) && i > 0 ? '---:' : '---',
  );
  return [`| ${head.join(' | ')} |`, `| ${align.join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

export const s1 = (n: number) => n.toFixed(1);
