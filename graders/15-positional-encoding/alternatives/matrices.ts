// Correct, written differently: one explicit 2×2 rotation matrix per pair,
// R = [[cos, −sin], [sin, cos]], applied as a matrix-vector product (the
// backward applies Rᵀ); angles written pos / 10000^(2i/d) as in Vaswani et
// al.; the table filled one column at a time.

type Mat2 = [[number, number], [number, number]];

function rotation(angle: number): Mat2 {
  const c = Math.cos(angle);
  const s = Math.sin(angle);
  return [
    [c, -s],
    [s, c],
  ];
}

const transpose = (m: Mat2): Mat2 => [
  [m[0][0], m[1][0]],
  [m[0][1], m[1][1]],
];

export function sinusoidalEncoding(length: number, d: number): number[][] {
  if (d % 2 === 1) throw new Error('sinusoidalEncoding needs an even d');
  const pe = Array.from({ length }, () => new Array<number>(d).fill(0));
  for (let j = 0; j < d; j++) {
    const i = Math.floor(j / 2);
    const wavelength = 10000 ** ((2 * i) / d);
    for (let pos = 0; pos < length; pos++) {
      pe[pos][j] = j % 2 === 0 ? Math.sin(pos / wavelength) : Math.cos(pos / wavelength);
    }
  }
  return pe;
}

function applyPairs(x: number[][], positions: number[], base: number, backward: boolean): number[][] {
  const out: number[][] = [];
  for (let r = 0; r < x.length; r++) {
    const d = x[r].length;
    const row = new Array<number>(d);
    for (let j = 0; j < d; j += 2) {
      const R = rotation(positions[r] / base ** (j / d));
      const M = backward ? transpose(R) : R;
      row[j] = M[0][0] * x[r][j] + M[0][1] * x[r][j + 1];
      row[j + 1] = M[1][0] * x[r][j] + M[1][1] * x[r][j + 1];
    }
    out.push(row);
  }
  return out;
}

export function ropeRotate(x: number[][], positions: number[], base = 10000): number[][] {
  return applyPairs(x, positions, base, false);
}

export function ropeBackward(dout: number[][], positions: number[], base = 10000): number[][] {
  return applyPairs(dout, positions, base, true);
}
