/**
 * A compact SVG path writer for d3-geo: integer coordinates in the SVG's user space, relative
 * `l` segments, no repeated points and minimal separators ("M10 20l3-2 4 5z"). For the national
 * map this is less than half the size of `geoPath().digits(1)` output.
 */

export interface CompactPathContext {
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  closePath(): void;
  arc(): void;
  rect(): void;
  /** Returns the path written since the last call and resets the writer. */
  take(): string;
}

function sep(value: number, first: boolean): string {
  return first || value < 0 ? String(value) : ` ${value}`;
}

export function compactPathContext(): CompactPathContext {
  let out = '';
  let ring: [number, number][] = [];

  const add = (x: number, y: number) => {
    const rx = Math.round(x) + 0; // + 0 turns -0 into 0
    const ry = Math.round(y) + 0;
    const last = ring[ring.length - 1];
    if (!last || last[0] !== rx || last[1] !== ry) ring.push([rx, ry]);
  };

  const emit = (closed: boolean) => {
    const pts = ring;
    ring = [];
    if (closed && pts.length > 1) {
      const a = pts[0]!;
      const b = pts[pts.length - 1]!;
      if (a[0] === b[0] && a[1] === b[1]) pts.pop();
    }
    // A ring needs three distinct points to have an area; a line needs two.
    if (pts.length < (closed ? 3 : 2)) return;
    let [px, py] = pts[0]!;
    let s = `M${px}${sep(py, false)}l`;
    for (let i = 1; i < pts.length; i++) {
      const [x, y] = pts[i]!;
      s += sep(x - px, i === 1) + sep(y - py, false);
      px = x;
      py = y;
    }
    out += closed ? `${s}z` : s;
  };

  return {
    moveTo(x, y) {
      if (ring.length) emit(false);
      add(x, y);
    },
    lineTo(x, y) {
      add(x, y);
    },
    closePath() {
      emit(true);
    },
    arc() {},
    rect() {},
    take() {
      if (ring.length) emit(false);
      const s = out;
      out = '';
      return s;
    },
  };
}
