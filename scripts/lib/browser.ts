/**
 * Debian's Chromium through playwright-core, and a page that records everything a
 * visitor should never see: console errors, uncaught exceptions, failed requests,
 * HTTP errors, requests to any other host than the test server, and
 * Content-Security-Policy violations.
 *
 * One browser and one page per test file keeps the suite cheap on 2 cores.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for Chromium as root in a container, without background traffic. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface LaunchedBrowser {
  browser: Browser;
  close: () => Promise<void>;
}

/**
 * Launch Chromium with a fresh profile. Playwright's `launch()` always uses a fresh
 * temporary profile; `launchPersistentContext` would need its own folder, which we
 * create and delete here when asked for (`persistent: true`).
 */
export async function launchBrowser(): Promise<LaunchedBrowser> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    chromiumSandbox: false,
    args: CHROMIUM_FLAGS,
  });
  return { browser, close: () => browser.close() };
}

/** A fresh user-data-dir for tools that start Chromium themselves (Lighthouse). */
export function freshUserDataDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'ot-chromium-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface Guard {
  /** Everything that went wrong since the last `take()`. */
  problems: string[];
  /** Pages visited (main-frame navigations). */
  visited: string[];
  /** Return and clear the problems. */
  take: () => string[];
  /** Allow HTTP error statuses for URLs matching this test (e.g. a deliberate 404). */
  allowStatus: (test: (url: string, status: number) => boolean) => void;
}

export interface GuardedPage {
  context: BrowserContext;
  page: Page;
  guard: Guard;
}

/**
 * A page in a new context that may only talk to `baseUrl`'s origin. Requests to any
 * other host are blocked and recorded.
 */
export async function guardedPage(browser: Browser, baseUrl: string, opts: { javaScript?: boolean } = {}): Promise<GuardedPage> {
  const origin = new URL(baseUrl).origin;
  const context = await browser.newContext({
    baseURL: baseUrl,
    locale: 'nl-NL',
    serviceWorkers: 'block',
    javaScriptEnabled: opts.javaScript ?? true,
    viewport: { width: 1280, height: 900 },
  });
  const problems: string[] = [];
  const visited: string[] = [];
  let allow: (url: string, status: number) => boolean = () => false;
  const where = (p: Page) => {
    try {
      return new URL(p.url()).pathname;
    } catch {
      return p.url();
    }
  };

  await context.exposeBinding(
    '__otCspViolation',
    ({ page }, v: { directive: string; blocked: string; sample: string; source: string }) => {
      problems.push(
        `CSP violation on ${page ? where(page) : '?'}: ${v.directive} blocked ${v.blocked || '(inline)'} ${v.sample ? `«${v.sample}»` : ''} at ${v.source}`,
      );
    },
  );
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __otCspViolation: (v: unknown) => void }).__otCspViolation({
        directive: e.violatedDirective,
        blocked: e.blockedURI,
        sample: e.sample,
        source: `${e.sourceFile}:${e.lineNumber}`,
      });
    });
  });
  await context.route('**/*', (route) => {
    const u = new URL(route.request().url());
    if (u.protocol === 'data:' || u.protocol === 'blob:' || u.origin === origin) return route.continue();
    problems.push(`request to another host: ${u.href}`);
    return route.abort('blockedbyclient');
  });

  const page = await context.newPage();
  page.on('console', (msg) => {
    const t = msg.text();
    const status = /^Failed to load resource: the server responded with a status of (\d+)/.exec(t);
    if (status && allow(msg.location().url, Number(status[1]))) return; // an expected HTTP error, e.g. the 404 page
    if (msg.type() === 'error' || /Content[- ]Security[- ]Policy|Refused to/i.test(t)) {
      problems.push(`console ${msg.type()} on ${where(page)}: ${t}`);
    }
  });
  page.on('pageerror', (err) => problems.push(`uncaught exception on ${where(page)}: ${err.message}`));
  page.on('requestfailed', (req) => {
    const failure = req.failure()?.errorText ?? 'failed';
    const u = new URL(req.url());
    if (u.origin !== origin) return; // already recorded by the route
    // A navigation away aborts requests that are still running; that is not an error.
    if (failure === 'net::ERR_ABORTED' && req.resourceType() !== 'document') return;
    problems.push(`request failed on ${where(page)}: ${req.url()} (${failure})`);
  });
  page.on('response', (res) => {
    const s = res.status();
    if (s >= 400 && !allow(res.url(), s)) problems.push(`HTTP ${s} for ${res.url()} (on ${where(page)})`);
  });
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) visited.push(frame.url());
  });

  const guard: Guard = {
    problems,
    visited,
    take: () => problems.splice(0, problems.length),
    allowStatus: (test) => {
      allow = test;
    },
  };
  return { context, page, guard };
}

/** Path of the page's current URL (no origin). */
export function pathOf(page: Page): string {
  const u = new URL(page.url());
  return u.pathname + u.search;
}
