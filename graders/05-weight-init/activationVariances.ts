// For the picture the report will draw from a learner's own initialisers
// (the guide's vanishing-signal story): the second moment of the
// pre-activations y_l = h_{l−1}·W_lᵀ, h_l = relu(y_l), layer by layer
// through a deep ReLU MLP of square [width, width] layers, no biases, its
// input standard normal. With Var(w) = 2/width (He) E[y_l²] = 2·E[h_{l−1}²]·…
// stays level, since a ReLU halves the second moment and the 2 restores it;
// with Var(w) = 1/width (Xavier on a square layer) it halves at every layer.
// Numbers only, no points: after 30 random layers the spread from seed to
// seed is too large at small widths for a fixed band (activationVariances.test.ts).

export type Initialiser = (shape: number[], rng: () => number) => unknown;

export interface PropagationConstraints {
  readonly width: number;
  /** Layers; 30 in the report. */
  readonly depth?: number;
  /** Input rows drawn. */
  readonly batch: number;
  /** Uniform in [0, 1): the input and, through `init`, every weight. */
  readonly rng: () => number;
}

/** mean(y_l²) over the batch and the units of layer l, for l = 1 … depth. */
export function activationVariances(
  init: Initialiser,
  { width, depth = 30, batch, rng }: PropagationConstraints,
): number[] {
  let h = Array.from({ length: batch }, () =>
    Array.from({ length: width }, () => Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng())),
  );
  const variances: number[] = [];
  for (let l = 0; l < depth; l++) {
    const W = init([width, width], rng) as number[][];
    let sumSquares = 0;
    h = h.map((row) =>
      W.map((w) => {
        let y = 0;
        for (let j = 0; j < width; j++) y += w[j] * row[j];
        sumSquares += y * y;
        return Math.max(y, 0);
      }),
    );
    variances.push(sumSquares / (batch * width));
  }
  return variances;
}
