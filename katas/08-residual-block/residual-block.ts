import { type Matrix, notImplemented } from '#lib';

/** The block's weights, in PyTorch's nn.Linear layout: out_features × in_features. */
export interface ResidualParams {
  /** [H, D]: the first linear layer, D → H. */
  readonly W1: Matrix;
  /** [H] */
  readonly b1: number[];
  /** [D, H]: the second linear layer, H → D. */
  readonly W2: Matrix;
  /** [D] */
  readonly b2: number[];
}

/** What residualForward keeps for residualBackward: your choice (the grader passes it back unread). */
export interface ResidualCache {
  readonly x: Matrix;
}

export interface ResidualGrads {
  /** ∂L/∂x, [N, D] */
  readonly dx: Matrix;
  /** [H, D] */
  readonly dW1: Matrix;
  /** [H] */
  readonly db1: number[];
  /** [D, H] */
  readonly dW2: Matrix;
  /** [D] */
  readonly db2: number[];
}

/**
 * A residual block y = x + F(x) with F(x) = ReLU(x·W1ᵀ + b1)·W2ᵀ + b2, for a
 * batch x of shape [N, D]: the skip adds the input back after the second
 * linear layer (no ReLU after the addition). Return new arrays; leave x and
 * the parameters unchanged.
 */
export function residualForward(x: Matrix, params: ResidualParams): { out: Matrix; cache: ResidualCache } {
  return notImplemented('residualForward');
}

/**
 * Given dout = ∂L/∂y [N, D] and the cache, every gradient: dx (through the
 * skip and through F), dW1, db1, dW2, db2. ReLU′(0) = 0, as PyTorch.
 */
export function residualBackward(dout: Matrix, cache: ResidualCache): ResidualGrads {
  return notImplemented('residualBackward');
}
