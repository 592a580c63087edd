/**
 * /advies/: with JavaScript the form goes straight to the answer page's own address, so it works on
 * any static host. Without JavaScript the server redirects /advies/antwoord/?… the same way
 * (deploy/nginx.conf, public/_redirects); /advies/antwoord/ itself lists every answer as a fallback.
 */
import { antwoordAdres } from '../lib/advies/index.ts';

export function startAdvies(): void {
  const formulier = document.querySelector<HTMLFormElement>('form[data-advies-formulier]');
  if (!formulier) return;
  formulier.addEventListener('submit', (e) => {
    const d = new FormData(formulier);
    const adres = antwoordAdres({
      voor: String(d.get('voor') ?? ''),
      knelpunt: String(d.get('knelpunt') ?? ''),
      termijn: String(d.get('termijn') ?? ''),
      gemeente: String(d.get('gemeente') ?? ''),
    });
    if (!adres) return;
    e.preventDefault();
    window.location.assign(adres);
  });
}
