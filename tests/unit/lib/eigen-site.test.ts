import { describe, expect, it } from 'vitest';
import { bron as bronSchema } from '../../../src/schemas/velden.ts';

const bron = bronSchema({ themaIds: [], indelingen: {}, herindelingen: [], vandaag: '2026-06-01' });

describe('bronnen', () => {
  it('rejects a source on our own domain with a Dutch message that says what to use instead', () => {
    const r = bron.safeParse({ titel: 'Land in beeld', url: 'https://www.opnieuwthuis.nl/land-in-beeld' });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.message).toContain('web.archive.org');
  });
  it('accepts an archived copy of the old site', () => {
    expect(
      bron.safeParse({
        titel: 'Land in beeld (archief)',
        url: 'https://web.archive.org/web/2017/https://www.opnieuwthuis.nl/land-in-beeld',
      }).success,
    ).toBe(true);
  });
});
