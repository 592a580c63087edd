/**
 * Writes .tmp/demo.html with every chart and map for a visual check, plus byte sizes of the maps.
 *   npx node scripts/render-chart-demo.ts
 *   /usr/bin/chromium --headless --no-sandbox --disable-gpu --screenshot=.tmp/x.png --window-size=1000,1200 file://$PWD/.tmp/demo.html
 * The markup mirrors src/components/charts/ChartFigure.astro (which cannot run outside Astro).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import gemeenten2015 from '../data/gemeenten/2015.json' with { type: 'json' };
import gemeenten2016 from '../data/gemeenten/2016.json' with { type: 'json' };
import {
  achterstandChart,
  choroplethMap,
  comparisonChart,
  cumulativeChart,
  escapeXml,
  gemeentenTopology,
  monthlyBarsChart,
  type ChartResult,
  type ChartStatus,
  type TableModel,
} from '../src/lib/charts/index.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

function table(t: TableModel, id: string): string {
  const [first, ...rest] = t.columns;
  const cls = (num?: boolean) => (num ? ' class="ot-table__num"' : '');
  return (
    `<div class="ot-chart__table-wrap" tabindex="0" role="region" aria-labelledby="${id}-table-caption"><table class="ot-table"><caption id="${id}-table-caption">${escapeXml(t.caption)}</caption><thead><tr><th scope="col">${escapeXml(first?.label ?? '')}</th>` +
    rest.map((c) => `<th scope="col"${cls(c.numeric)}>${escapeXml(c.label)}</th>`).join('') +
    '</tr></thead><tbody>' +
    t.rows
      .map(
        (r) =>
          `<tr><th scope="row">${escapeXml(r.header)}</th>${r.cells.map((c, i) => `<td${cls(rest[i]?.numeric)}>${escapeXml(c)}</td>`).join('')}</tr>`,
      )
      .join('') +
    '</tbody></table></div>'
  );
}

function figure(chart: ChartResult, caption: string, variant: 'chart' | 'map' | 'locator' = 'chart', open = false): string {
  const cls = ['ot-chart', variant !== 'chart' ? `ot-chart--${variant}` : '', variant === 'locator' ? 'ot-chart--map' : '']
    .filter(Boolean)
    .join(' ');
  return (
    `<div class="${cls}"><figure class="ot-chart__figure">${chart.svg}${chart.legend ?? ''}<figcaption>${escapeXml(caption)}</figcaption></figure>` +
    (chart.table
      ? `<details class="ot-chart__data"${open ? ' open' : ''}><summary>Bekijk de cijfers als tabel</summary>${table(chart.table, chart.id)}</details>`
      : '') +
    '</div>'
  );
}

/** Deterministic pseudo status from the code, for the demo only. */
function fakeStatus(code: string): ChartStatus {
  let h = 0;
  for (const ch of code) h = (h * 31 + ch.charCodeAt(0)) % 1000;
  const order: ChartStatus[] = [
    'goed',
    'goed',
    'enigszins',
    'achter',
    'achter',
    'gehaald',
    'goed',
    'enigszins',
    'onbekend',
    'nieuw',
    'goed',
    'achter',
  ];
  return order[h % order.length]!;
}

const months = [
  { month: '2015-07', realisatie: 1850 },
  { month: '2015-08', realisatie: 2120 },
  { month: '2015-09', realisatie: 2480 },
  { month: '2015-10', realisatie: 2950 },
  { month: '2015-11', realisatie: 3410 },
  { month: '2015-12', realisatie: 3933 },
];
const charts: string[] = [];
charts.push(figure(monthlyBarsChart({ id: 'maand', months, gecorrigeerd: 20148 }), 'Nederland, tweede helft 2015. Bron: COA.'));
charts.push(
  figure(
    cumulativeChart({
      id: 'cum',
      months: months.map((m, i) => ({ ...m, realisatie: i < 4 ? m.realisatie : null })),
      gecorrigeerd: 20148,
      extra: { label: 'Gemiddelde provincie (geschaald)', cumulatief: [1500, 3300, 6100, 9200] },
    }),
    'Nederland, tweede helft 2015, stand 1 november.',
  ),
);
charts.push(
  figure(
    achterstandChart({
      id: 'achter',
      points: [
        { label: '2015-I', achterstand: 1200 },
        { label: '2015-II', achterstand: 3400 },
        { label: '2016-I', achterstand: 2100 },
        { label: '2016-II', achterstand: -450 },
        { label: '2017-I', achterstand: -1200 },
        { label: '2017-II', achterstand: 300 },
      ],
    }),
    'Nederland, per periode.',
  ),
);
charts.push(
  figure(
    comparisonChart({
      id: 'vgl',
      items: [
        { label: "'s-Gravenhage", value: 212.4, highlight: true },
        { label: 'Provincie Zuid-Holland', value: 188.1 },
        { label: 'Nederland', value: 196.7 },
      ],
    }),
    'Gehuisvest in 2016, per 100.000 inwoners.',
  ),
);

const t2015 = gemeentenTopology('2015');
const t2016 = gemeentenTopology('2016');
const g2015 = gemeenten2015 as { code: string; naam: string; provincie: string }[];
const g2016 = gemeenten2016 as { code: string; naam: string; provincie: string }[];
const status2015 = Object.fromEntries(g2015.map((g) => [g.code, fakeStatus(g.code)]));
const pct2015 = Object.fromEntries(g2015.map((g, i) => [g.code, ((i * 37) % 140) / 100]));
const groups2015 = Object.fromEntries(g2015.map((g) => [g.code, g.provincie]));
const status2016 = Object.fromEntries(g2016.map((g) => [g.code, fakeStatus(g.code)]));
const groups2016 = Object.fromEntries(g2016.map((g) => [g.code, g.provincie]));

const national2015 = choroplethMap({
  id: 'nl2015',
  topology: t2015,
  status: status2015,
  percentages: pct2015,
  groups: groups2015,
  title: 'Status per gemeente, stand 1 januari 2016',
});
const national2016 = choroplethMap({
  id: 'nl2016',
  topology: t2016,
  status: status2016,
  groups: groups2016,
  title: 'Status per gemeente (indeling 2016)',
});
const zhCodes = g2015.filter((g) => g.provincie === 'PV28').map((g) => g.code);
const zh = choroplethMap({
  id: 'zh',
  topology: t2015,
  codes: zhCodes,
  status: status2015,
  percentages: pct2015,
  highlight: 'GM0518',
  size: 400,
  title: 'Gemeenten in Zuid-Holland',
});
const utCodes = g2016.filter((g) => g.provincie === 'PV26').map((g) => g.code);
const locator = choroplethMap({
  id: 'loc',
  topology: t2016,
  codes: utCodes,
  highlight: 'GM0344',
  size: 300,
  title: 'Ligging van Utrecht in de provincie Utrecht',
});
const gldCodes = g2016.filter((g) => g.provincie === 'PV25').map((g) => g.code);
const gld = choroplethMap({
  id: 'gld',
  topology: t2016,
  codes: gldCodes,
  status: status2016,
  highlight: 'GM0202',
  size: 400,
  title: 'Gemeenten in Gelderland',
});

const size = (s: string) =>
  `${(Buffer.byteLength(s) / 1024).toFixed(1)} KB raw, ${(gzipSync(s).length / 1024).toFixed(1)} KB gzip`;
const sizes = [
  `national 2015 (393, with titles): ${size(national2015.svg)}`,
  `national 2015 without titles: ${size(choroplethMap({ id: 'x', topology: t2015, status: status2015, groups: groups2015, title: 't', pathTitles: false }).svg)}`,
  `national 2016 (390, with titles): ${size(national2016.svg)}`,
  `Zuid-Holland 2015 status map, size 400: ${size(zh.svg)}`,
  `Gelderland 2016 status map, size 400: ${size(gld.svg)}`,
  `Utrecht 2016 locator, size 300: ${size(locator.svg)}`,
  `national 2015 legend: ${size(national2015.legend ?? '')}`,
];
console.log(sizes.join('\n'));

const maps: string[] = [];
maps.push(figure(national2015, 'Nep-statussen, alleen voor de demo.', 'map'));
maps.push(figure(zh, 'Zuid-Holland, nep-statussen.', 'map', true));
maps.push(figure(gld, 'Gelderland, nep-statussen.', 'map'));
maps.push(figure(locator, 'Utrecht in de provincie Utrecht.', 'locator'));

const page = (parts: string[]) => `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Grafieken demo</title>
<link rel="stylesheet" href="${root}src/styles/tokens.css"><link rel="stylesheet" href="${root}src/styles/global.css"><link rel="stylesheet" href="${root}src/styles/charts.css">
</head><body><main class="wrap"><h1>Grafieken</h1>${parts.join('\n')}</main></body></html>`;
mkdirSync(`${root}.tmp`, { recursive: true });
writeFileSync(`${root}.tmp/demo.html`, page([...charts, ...maps]));
writeFileSync(`${root}.tmp/demo-charts.html`, page(charts));
writeFileSync(`${root}.tmp/demo-maps.html`, page(maps));
for (const [i, m] of maps.entries()) writeFileSync(`${root}.tmp/demo-map-${i}.html`, page([m]));
console.log(`written ${root}.tmp/demo.html, demo-charts.html, demo-maps.html, demo-map-<n>.html`);
