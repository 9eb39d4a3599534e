// Sinusoidal positional encoding (Vaswani et al., 2017) and rotary position
// embedding, RoPE (Su et al., RoFormer). One pairing convention for both:
// dimensions (2i, 2i + 1) are pair i, turning at θ_i = base^(−2i/d), as in
// the RoFormer paper, so that a RoPE pair is the sinusoidal (sin, cos) pair.

/** θ_i = base^(−2i/d): the angular frequency of pair i. */
function frequency(i: number, d: number, base: number): number {
  return base ** (-(2 * i) / d);
}

export function sinusoidalEncoding(length: number, d: number): number[][] {
  if (d % 2 !== 0) throw new RangeError(`sinusoidalEncoding: d must be even (pairs of sin and cos), got d = ${d}`);
  const pe: number[][] = [];
  for (let pos = 0; pos < length; pos++) {
    const row: number[] = [];
    for (let i = 0; i < d / 2; i++) {
      const angle = pos * frequency(i, d, 10000);
      row.push(Math.sin(angle), Math.cos(angle));
    }
    pe.push(row);
  }
  return pe;
}

/** Turns pair i of row r by direction·positions[r]·θ_i: +1 is RoPE, −1 its transpose, which is its inverse. */
function rotatePairs(x: number[][], positions: number[], base: number, direction: number): number[][] {
  return x.map((row, r) => {
    const d = row.length;
    const out = new Array<number>(d);
    for (let i = 0; i < d / 2; i++) {
      const angle = direction * positions[r] * frequency(i, d, base);
      const c = Math.cos(angle);
      const s = Math.sin(angle);
      const [a, b] = [row[2 * i], row[2 * i + 1]];
      out[2 * i] = a * c - b * s;
      out[2 * i + 1] = a * s + b * c;
    }
    return out;
  });
}

export function ropeRotate(x: number[][], positions: number[], base = 10000): number[][] {
  return rotatePairs(x, positions, base, 1);
}

// A rotation is orthogonal: its Jacobian is R, so dx = Rᵀ·dout = R(−mθ)·dout.
export function ropeBackward(dout: number[][], positions: number[], base = 10000): number[][] {
  return rotatePairs(dout, positions, base, -1);
}
