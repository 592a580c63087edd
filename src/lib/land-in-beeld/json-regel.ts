/**
 * The 1-based line of a value in JSON text, found by its path (['perioden', 3, 'bron']).
 * Falls back to the deepest part of the path that exists; undefined when nothing matches.
 */
export function regelVanPad(tekst: string, pad: readonly PropertyKey[]): number | undefined {
  for (let n = pad.length; n >= 0; n--) {
    try {
      const pos = new Lezer(tekst).zoek(pad.slice(0, n));
      if (pos !== undefined) return regelVan(tekst, pos);
    } catch {
      return undefined;
    }
  }
  return undefined;
}

class Lezer {
  i = 0;
  readonly t: string;
  constructor(t: string) {
    this.t = t;
  }
  ws(): void {
    while (this.i < this.t.length && /\s/.test(this.t[this.i]!)) this.i++;
  }
  str(): string {
    const start = this.i++;
    while (this.i < this.t.length && this.t[this.i] !== '"') this.i += this.t[this.i] === '\\' ? 2 : 1;
    this.i++;
    return JSON.parse(this.t.slice(start, this.i)) as string;
  }
  /** Skips one value. */
  skip(): void {
    this.ws();
    const c = this.t[this.i];
    if (c === '"') return void this.str();
    if (c === '{' || c === '[') {
      const sluit = c === '{' ? '}' : ']';
      this.i++;
      this.ws();
      while (this.i < this.t.length && this.t[this.i] !== sluit) {
        if (c === '{') {
          this.str();
          this.ws();
          this.i++;
        }
        this.skip();
        this.ws();
        if (this.t[this.i] === ',') this.i++;
        this.ws();
      }
      this.i++;
      return;
    }
    while (this.i < this.t.length && !/[,\]}\s]/.test(this.t[this.i]!)) this.i++;
  }
  zoek(pad: readonly PropertyKey[]): number | undefined {
    this.ws();
    if (pad.length === 0) return this.i;
    const [sleutel, ...rest] = pad;
    const c = this.t[this.i];
    if (c === '[' && typeof sleutel === 'number') {
      this.i++;
      for (let n = 0; ; n++) {
        this.ws();
        if (this.i >= this.t.length || this.t[this.i] === ']') return undefined;
        if (n === sleutel) return this.zoek(rest);
        this.skip();
        this.ws();
        if (this.t[this.i] === ',') this.i++;
      }
    }
    if (c === '{') {
      this.i++;
      for (;;) {
        this.ws();
        if (this.i >= this.t.length || this.t[this.i] === '}') return undefined;
        const k = this.str();
        this.ws();
        this.i++;
        if (k === String(sleutel)) return this.zoek(rest);
        this.skip();
        this.ws();
        if (this.t[this.i] === ',') this.i++;
      }
    }
    return undefined;
  }
}

function regelVan(tekst: string, positie: number): number {
  let regel = 1;
  for (let k = 0; k < positie; k++) if (tekst.charCodeAt(k) === 10) regel++;
  return regel;
}
