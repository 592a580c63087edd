/**
 * Test-file setup for browser tests: one server (nginx with deploy/nginx.conf when
 * installed, else the Node server with `_headers`), one Chromium, one guarded page.
 * After every test the page's problems (console errors, failed requests, other
 * hosts, CSP violations) must be empty.
 */
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { guardedPage, launchBrowser, type Guard, type LaunchedBrowser } from '../../scripts/lib/browser.ts';
import { requireDist } from '../../scripts/lib/paths.ts';
import { startSiteServer, type SiteServer } from '../../scripts/lib/server.ts';

export interface Session {
  url: string;
  server: SiteServer;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  guard: Guard;
}

export function useSession(opts: { javaScript?: boolean } = {}): Session {
  const s = {} as Session;
  let launched: LaunchedBrowser | undefined;
  beforeAll(async () => {
    const dist = requireDist();
    const [server, b] = await Promise.all([startSiteServer(dist), launchBrowser()]);
    launched = b;
    const g = await guardedPage(b.browser, server.url, opts);
    Object.assign(s, { url: server.url, server, browser: b.browser, ...g });
  });
  afterEach(() => {
    if (!s.guard) return;
    const problems = s.guard.take();
    s.guard.allowStatus(() => false);
    expect(problems, `problems on pages visited: ${s.guard.visited.slice(-5).join(', ')}`).toEqual([]);
  });
  afterAll(async () => {
    await s.context?.close().catch(() => undefined);
    await launched?.close();
    await s.server?.close();
  });
  return s;
}

/** Does the server have this page (status 200 after redirects)? */
async function hasPage(s: Session, path: string): Promise<boolean> {
  const r = await fetch(new URL(path, s.url), { method: 'HEAD' });
  return r.ok;
}

/** A page that another part of the site has not built yet: skip the test and say why. */
export async function skipUnlessBuilt(s: Session, skip: (note?: string) => never, path: string, what: string): Promise<void> {
  if (!(await hasPage(s, path))) {
    const note = `SKIPPED: ${path} is not built yet (${what})`;
    console.warn(note);
    skip(note);
  }
}
