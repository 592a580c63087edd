/**
 * axe (WCAG 2.0/2.1/2.2 A and AA): zero violations on every provincie page of Land in
 * beeld (the list comes from data/provincies.json, so a missing page is noticed).
 */
import { describe, expect, it } from 'vitest';
import provincies from '../../../data/provincies.json' with { type: 'json' };
import { slugify } from '../../../src/lib/slug.ts';
import { axeViolations } from '../../helpers/axe.ts';
import { skipUnlessBuilt, useSession } from '../../helpers/session.ts';

describe('accessibility (axe, WCAG 2.2 AA) of every provincie page', () => {
  const s = useSession();

  for (const p of provincies) {
    const path = `/land-in-beeld/provincie/${slugify(p.naam)}/`;
    it(`${p.naam}: ${path}`, async ({ skip }) => {
      await skipUnlessBuilt(s, skip, path, `provincie page of ${p.naam}`);
      await s.page.goto(path);
      expect(await s.page.locator('h1').textContent()).toContain(p.naam);
      expect(await axeViolations(s.page)).toEqual([]);
    });
  }
});
