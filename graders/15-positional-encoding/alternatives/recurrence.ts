// Correct, written differently: the encoding without a sin or cos per entry.
// Each pair steps from position p to p + 1 by the angle-addition formulas,
//   sin(a + θ) = sin a·cos θ + cos a·sin θ,   cos(a + θ) = cos a·cos θ − sin a·sin θ,
// with cos θ_i and sin θ_i computed once per pair: the shift property itself.
// Its rounding grows with the position (about 7× float64's direct formula at
// position 320), still far inside the float32 reference's accuracy. RoPE
// precomputes θ_i once per call and rotates in place on a copy.

const thetas = (d: number, base: number): number[] =>
  Array.from({ length: d / 2 }, (_, i) => 1 / base ** ((2 * i) / d));

export function sinusoidalEncoding(length: number, d: number): number[][] {
  if ((d & 1) === 1) throw new TypeError(`odd d = ${d}`);
  const pe: number[][] = [];
  const steps = thetas(d, 10000).map((t) => ({ c: Math.cos(t), s: Math.sin(t) }));
  const here = steps.map(() => ({ sin: 0, cos: 1 }));
  for (let pos = 0; pos < length; pos++) {
    pe.push(here.flatMap((h) => [h.sin, h.cos]));
    steps.forEach(({ c, s }, i) => {
      const { sin, cos } = here[i];
      here[i] = { sin: sin * c + cos * s, cos: cos * c - sin * s };
    });
  }
  return pe;
}

function rotate(x: number[][], positions: number[], base: number, sign: 1 | -1): number[][] {
  const out = x.map((row) => row.slice());
  if (out.length === 0) return out;
  const theta = thetas(out[0].length, base);
  out.forEach((row, r) => {
    theta.forEach((t, i) => {
      const c = Math.cos(positions[r] * t);
      const s = sign * Math.sin(positions[r] * t);
      const u = row[2 * i];
      const v = row[2 * i + 1];
      row[2 * i] = c * u - s * v;
      row[2 * i + 1] = s * u + c * v;
    });
  });
  return out;
}

export function ropeRotate(x: number[][], positions: number[], base = 10000): number[][] {
  return rotate(x, positions, base, 1);
}

export function ropeBackward(dout: number[][], positions: number[], base = 10000): number[][] {
  return rotate(dout, positions, base, -1);
}
