import fc from 'fast-check';
import { attentionCase, type Case } from './cases';

/**
 * Scores of ±1e3: Q and K drawn in [−1, 1], the first query and key of head
 * (0, 0) set to all ones, then Q scaled so that their score is +target,
 * target ∈ [800, 2000]; no other score is larger in magnitude. exp(800)
 * overflows float64 (exp(x) = ∞ past x ≈ 709.8), so every case breaks a
 * softmax that does not subtract the row max.
 */
export const largeScores: fc.Arbitrary<Case> = fc
  .tuple(attentionCase({ qk: 1, mask: 'never' }), fc.double({ min: 800, max: 2000, noNaN: true }))
  .map(([c, target]) => {
    const dk = c.Q[0][0][0].length;
    const Q = structuredClone(c.Q);
    const K = structuredClone(c.K);
    Q[0][0][0].fill(1);
    K[0][0][0].fill(1);
    const toTarget = target / Math.sqrt(dk);
    return { ...c, Q: Q.map((b) => b.map((h) => h.map((row) => row.map((x) => x * toTarget)))), K };
  });
