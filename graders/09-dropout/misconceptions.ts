import { defineMisconceptions } from '../kit/toolkit';

// What each known mistake is, in the learner's terms: the one place its words live.
export default defineMisconceptions('dropout', {
  'not-scaled':
    'kept units are not scaled: this is vanilla dropout, out = x·m, whose expectation is (1 − p)·x. Inverted dropout divides by the keep probability in training, out = x·m/(1 − p), so E[out] = x and eval needs no change at all',
  'scaled-by-one-over-p':
    'kept units are divided by p, the drop probability: divide by the keep probability 1 − p, out = x·m/(1 − p), so that E[out] = (1 − p)·x/(1 − p) = x (1/p is the old keep_prob convention read the wrong way round)',
  'scaled-by-keep-probability':
    'kept units are multiplied by 1 − p instead of divided by it: that shrinks E[out] to (1 − p)²·x. Multiplying by 1 − p is what vanilla dropout does at inference; inverted dropout divides by 1 − p in training, out = x·m/(1 − p)',
  'kept-below-p':
    'a unit is kept when rng() < p, which keeps it with probability p: p is the probability of dropping, so keep iff rng() ≥ p (drop iff rng() < p)',
  'mask-per-row':
    'one rng() call decides a whole row: dropout draws an independent mask for every element, one rng() call per element in row-major order, keeping element (i, j) iff its own uᵢⱼ ≥ p',
  'dropout-in-eval':
    'units are dropped in eval mode too: at inference (training = false) inverted dropout is the identity, out = x, and draws nothing from rng; the 1/(1 − p) in training is what makes that right',
  'backward-ignores-mask':
    "the backward ignores the mask: a dropped unit did not reach the output, so its gradient is 0; dx = dout·m/(1 − p) with the forward's own mask m",
  'backward-missing-scale':
    'the backward applies the mask but not the scale: out = x·m/(1 − p), so ∂out/∂x = m/(1 − p) and dx = dout·m/(1 − p), the same factor as the forward',
  'backward-redraws-mask':
    "the backward draws a new mask: the gradient must go through the units the forward kept, so read the forward's mask from the cache, dx = dout·m/(1 − p), and draw nothing in the backward",
  'nan-at-p-one':
    'with p = 1 the output is NaN: every mask entry is 0 and 0/(1 − p) = 0/0 = NaN. Every unit is dropped, so out and dx must be all zeros: scale only the kept units (m ? x/(1 − p) : 0), never multiply 0 by 1/(1 − p) = ∞',
});
