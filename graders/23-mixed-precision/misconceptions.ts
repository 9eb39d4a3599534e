import { defineMisconceptions } from '../kit/toolkit';

// What each known mistake is, in the learner's terms: the one place its words live.
export default defineMisconceptions('mixed-precision', {
  truncates:
    'the dropped mantissa bits are cut off (rounding toward zero): IEEE half rounds to the nearest value, so 1 + 3·2⁻¹² becomes 1 + 2⁻¹⁰, not 1',
  'ties-away-from-zero':
    'a tie (exactly halfway between two halves) goes to the neighbour with the even mantissa, not away from zero: 1 + 2⁻¹¹ → 1, and 2⁻²⁵ → 0',
  'overflow-above-max':
    'only |x| ≥ 65520 overflows: values in (65504, 65520) are nearer to 65504 than to the would-be 65536 and round to 65504, not to infinity',
  saturates:
    'IEEE half overflows to ±Infinity (|x| ≥ 65520), it does not saturate at ±65504: clamping to the largest finite value is what some fp8 formats do',
  'flushes-subnormals':
    'values below 2⁻¹⁴ are not zero in half: the subnormals m·2⁻²⁴ (m = 1…1023) fill the gap down to 2⁻²⁴, the same spacing as the smallest binade',
  'loses-negative-zero':
    'the sign survives rounding to zero: −0 stays −0 and a negative value too small for half (−2⁻²⁶) becomes −0, not +0 (x < 0 is false for −0: read the sign with Math.sign or Object.is)',
  'double-rounding':
    'rounding to float32 first and then to half rounds twice: a double just above a halfway point of the half grid lands on it in float32, and the tie then goes to even instead of up',
  'grows-one-step-late':
    'the scale grows on the growthInterval-th clean step in a row (goodSteps + 1 = growthInterval), not after growthInterval + 1 of them',
  'overflow-keeps-count':
    'an overflow resets the count of clean steps to 0 as well as backing off the scale: the next growth needs growthInterval clean steps after the last overflow',
  'unscales-in-float16':
    'the gradients are unscaled in full precision (FP32 in PyTorch): g = grad16/scale rounded to half again underflows exactly the small gradients the scale was there to save',
  'forgets-unscale':
    'the gradients are of the scaled loss (loss·scale): divide them by the scale before the update, or the step is scale times too large',
  'steps-on-overflow':
    'a step whose gradients hold an inf or a NaN is skipped: the master weights stay as they were (scaler.step skips optimizer.step), they are not updated with the non-finite gradients',
  'master-in-float16':
    'the master weights stay in full precision; only the copy for the forward pass is rounded to half: rounding the master loses every update smaller than half an ulp (1 + 2⁻¹² is 1 in half)',
});
