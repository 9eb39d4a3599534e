import { notImplemented } from '#lib';

/** A batch of images, [N, C, H, W] (PyTorch's layout). */
export type Images = number[][][][];

/** One-hot or soft labels, [N, K]: each row sums to 1. */
export type Labels = number[][];

/**
 * A CutMix box in pixels: rows top … top + height − 1, columns left … left + width − 1.
 * It may reach past the image on any side (top or left negative, top + height > H):
 * only the part inside the image counts.
 */
export interface Box {
  readonly top: number;
  readonly left: number;
  readonly height: number;
  readonly width: number;
}

/**
 * torchvision's RandomCrop(size = (H, W), padding = p): pad every map of an
 * image with p zeros on each side, then take the H×W window whose top-left
 * corner is (top, left) in the padded image, the same window for all
 * channels of that image:
 *
 *   out[n][c][i][j] = padded[n][c][i + top][j + left] = x[n][c][i + top − p][j + left − p]  (0 outside x)
 *
 * The rng order (every correct solution draws the same): for each image
 * n = 0, 1, …, N − 1 in turn, two calls,
 *   top  = floor(rng()·(2p + 1)),  then
 *   left = floor(rng()·(2p + 1)),
 * so both offsets are uniform over 0 … 2p. 2N calls in all (with p = 0 you
 * may skip them: every offset is 0). Return a new batch; leave x unchanged.
 */
export function randomCrop(x: Images, padding: number, rng: () => number): Images {
  return notImplemented('randomCrop');
}

/** Mirror every image left to right: out[n][c][i][j] = x[n][c][i][W − 1 − j]. A new batch; x unchanged. */
export function horizontalFlip(x: Images): Images {
  return notImplemented('horizontalFlip');
}

/**
 * torchvision's RandomHorizontalFlip(p): for each image n = 0, 1, …, N − 1
 * in turn, one rng() call; the image is flipped iff rng() < p (a draw equal
 * to p keeps it). N calls in all, whatever p. A new batch; x unchanged.
 */
export function randomHorizontalFlip(x: Images, rng: () => number, p = 0.5): Images {
  return notImplemented('randomHorizontalFlip');
}

/**
 * mixup (Zhang et al., 2018) with its λ and its pairing given, so that no
 * randomness is involved (in training λ ~ Beta(α, α) and perm is a random
 * permutation of the batch):
 *
 *   x̃[n] = λ·x[n] + (1 − λ)·x[perm[n]],   ỹ[n] = λ·y[n] + (1 − λ)·y[perm[n]].
 *
 * New arrays; x and y unchanged.
 */
export function mixup(x: Images, y: Labels, lambda: number, perm: number[]): { x: Images; y: Labels } {
  return notImplemented('mixup');
}

/**
 * CutMix (Yun et al., 2019): clip the box to the image first, rows
 * r0 = clamp(top, 0, H) … r1 = clamp(top + height, 0, H) (exclusive) and columns
 * c0 = clamp(left, 0, W) … c1 = clamp(left + width, 0, W), then paste that
 * region of x[perm[n]] into x[n] at the same place (all channels), and mix
 * the labels by the share of the image that was NOT pasted over:
 *
 *   λ = 1 − (r1 − r0)·(c1 − c0)/(H·W),   ỹ[n] = λ·y[n] + (1 − λ)·y[perm[n]].
 *
 * Return the mixed batch, the mixed labels and λ. New arrays; x and y unchanged.
 */
export function cutmix(x: Images, y: Labels, box: Box, perm: number[]): { x: Images; y: Labels; lambda: number } {
  return notImplemented('cutmix');
}
