// Correct, written differently: complex numbers. Pair i of a row is the
// complex number z = x[2i] + i·x[2i + 1]; RoPE multiplies it by e^{i·mθ_i}
// (RoFormer, §3.4.1), and the backward by the conjugate e^{−i·mθ_i}.

interface Complex {
  readonly re: number;
  readonly im: number;
}

const times = (a: Complex, b: Complex): Complex => ({ re: a.re * b.re - a.im * b.im, im: a.re * b.im + a.im * b.re });
const polar = (angle: number): Complex => ({ re: Math.cos(angle), im: Math.sin(angle) });

/** θ_i = exp(−(2i/d)·ln base). */
const theta = (i: number, d: number, base: number): number => Math.exp(-((2 * i) / d) * Math.log(base));

export function sinusoidalEncoding(length: number, d: number): number[][] {
  if (!Number.isInteger(d / 2)) throw new Error(`d = ${d} is odd: the encoding needs (sin, cos) pairs`);
  return Array.from({ length }, (_, pos) =>
    Array.from({ length: d / 2 }, (_, i) => polar(pos * theta(i, d, 10000))).flatMap((z) => [z.im, z.re]),
  );
}

function multiplyPairs(x: number[][], positions: number[], base: number, conjugate: boolean): number[][] {
  return x.map((row, r) => {
    const d = row.length;
    const out: number[] = [];
    for (let i = 0; i < d / 2; i++) {
      const w = polar(positions[r] * theta(i, d, base));
      const z = times({ re: row[2 * i], im: row[2 * i + 1] }, conjugate ? { re: w.re, im: -w.im } : w);
      out.push(z.re, z.im);
    }
    return out;
  });
}

export function ropeRotate(x: number[][], positions: number[], base = 10000): number[][] {
  return multiplyPairs(x, positions, base, false);
}

export function ropeBackward(dout: number[][], positions: number[], base = 10000): number[][] {
  return multiplyPairs(dout, positions, base, true);
}
