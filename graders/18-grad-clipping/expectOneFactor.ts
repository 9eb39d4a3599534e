import { dot, fmt, mul, scalar64, tensor64 } from '../kit/tensor';
import { fail, type ReferenceBackend } from '../kit/toolkit';
import type { K } from './cases';
import { learnerClip } from './learnerClip';
import text from './messages';
import { concat, type NormCase } from './oracle';

/**
 * The learner's clipped grads are c·g for ONE c: c fitted by least squares
 * over every element, c = ⟨out, g⟩/⟨g, g⟩, then each element within the
 * float32 bound of c·g. A factor per tensor, however it is chosen, fails.
 */
export function expectOneFactor(kata: K, c: NormCase, reference: ReferenceBackend): void {
  const got = learnerClip(kata, c).grads;
  const g = concat(c.grads);
  const out = concat(got);
  const factor = dot(out, g) / dot(g, g);
  const bound = reference.bounds(mul(scalar64(factor), tensor64(g)));
  const worst = out.findIndex((o, i) => !(Math.abs(o - factor * g[i]) <= bound[i]));
  if (worst === -1) return;
  const factors = got.map((o, k) => {
    const own = dot(c.grads[k], c.grads[k]);
    return own === 0 ? '—' : fmt(dot(o, c.grads[k]) / own);
  });
  const t = Math.sqrt(dot(g, g));
  fail({
    fn: 'clipGradNorm',
    argument: 'grads',
    got: out[worst],
    expected: factor * g[worst],
    allowed: bound[worst],
    message: text['not-one-factor']({ factors: factors.join(', '), expected: fmt(Math.min(1, c.maxNorm / t)) }),
  });
}
