import { type Matrix, notImplemented } from '#lib';

/**
 * The parameters of a 2-layer MLP in PyTorch's `nn.Linear` layout
 * (`W: [out, in]`, `b: [out]`, `y = x·Wᵀ + b`):
 * - `W1: [H, D]`, `b1: [H]` — input (D features) → hidden (H units);
 * - `W2: [C, H]`, `b2: [C]` — hidden → C class logits.
 */
export interface MlpParams {
  W1: Matrix;
  b1: number[];
  W2: Matrix;
  b2: number[];
}

/**
 * Whatever `mlpBackward` needs from the forward pass: working out what that
 * is belongs to the exercise, so the type is yours to design. `mlpBackward`
 * must not modify it — the grader checks that every function leaves its
 * arguments unchanged.
 */
export type MlpCache = Record<string, any>;

/** ∂loss/∂parameter for every parameter, each with the shape of that parameter. */
export interface MlpGradients {
  dW1: Matrix;
  db1: number[];
  dW2: Matrix;
  db2: number[];
}

/**
 * Forward pass of the net and its mean softmax cross-entropy loss.
 *
 *   a1 = x·W1ᵀ + b1            [N, H]
 *   h  = σ(a1), σ(a) = 1 / (1 + e⁻ᵃ)
 *   z  = h·W2ᵀ + b2            [N, C]   (the logits, returned)
 *   loss = (1/N) Σₙ [ log Σ_c exp(z[n][c]) − z[n][y[n]] ]
 *
 * `x: [N, D]`, `y: [N]` integer labels in [0, C). The loss is a mean over the
 * batch, as PyTorch's `F.cross_entropy(z, y)`. It must stay finite and
 * correct for logits as large as ±1000, where exp(1000) overflows a double.
 * Leave x, y and params unchanged.
 */
export function mlpForward(
  x: Matrix,
  y: number[],
  params: MlpParams,
): { loss: number; logits: Matrix; cache: MlpCache } {
  return notImplemented('mlpForward');
}

/**
 * Backward pass: the gradient of the scalar loss of `mlpForward` with
 * respect to every parameter (the upstream gradient is 1, so there is no
 * `dout` argument). Derive it with the chain rule, layer by layer from the
 * loss back to W1; each gradient has the shape of its parameter:
 * `dW1: [H, D]`, `db1: [H]`, `dW2: [C, H]`, `db2: [C]`. Like the loss, it
 * must stay finite and correct for logits of ±1000. The README's hints go
 * from a nudge to the formulas.
 */
export function mlpBackward(cache: MlpCache): MlpGradients {
  return notImplemented('mlpBackward');
}
