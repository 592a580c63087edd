/**
 * Lighthouse (Node API) with Debian's Chromium through chrome-launcher, default
 * mobile settings (Moto G power emulation, simulated slow 4G, 4× CPU slowdown).
 * One Chromium per page, each with a fresh user-data-dir.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS, CHROMIUM_PATH, freshUserDataDir } from '../lib/browser.ts';

export interface LighthouseResult {
  name: string;
  path: string;
  scores: Record<'performance' | 'accessibility' | 'best-practices' | 'seo', number>;
  metrics: { fcp: number; lcp: number; tbt: number; cls: number; si: number };
  /** Failed audits of the accessibility category, for the report. */
  a11yFailures: string[];
  lighthouse: string;
}

export async function runLighthouse(base: string, name: string, path: string): Promise<LighthouseResult> {
  const profile = freshUserDataDir();
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: CHROMIUM_FLAGS,
    // chrome-launcher passes --user-data-dir itself and keeps its logs there; we delete it after.
    userDataDir: profile.dir,
    logLevel: 'silent',
  });
  try {
    const r = await lighthouse(new URL(path, base).href, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    if (!r) throw new Error(`Lighthouse returned nothing for ${path}`);
    const lhr = r.lhr;
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const num = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
    const a11yFailures = (lhr.categories.accessibility?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score !== null && (lhr.audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => `${ref.id}: ${lhr.audits[ref.id]!.title}`);
    return {
      name,
      path,
      scores: {
        performance: score('performance'),
        accessibility: score('accessibility'),
        'best-practices': score('best-practices'),
        seo: score('seo'),
      },
      metrics: {
        fcp: num('first-contentful-paint'),
        lcp: num('largest-contentful-paint'),
        tbt: num('total-blocking-time'),
        cls: num('cumulative-layout-shift'),
        si: num('speed-index'),
      },
      a11yFailures,
      lighthouse: lhr.lighthouseVersion,
    };
  } finally {
    chrome.kill();
    profile.remove();
  }
}
