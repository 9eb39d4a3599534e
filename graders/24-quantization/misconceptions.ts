import { defineMisconceptions } from '../kit/toolkit';

// What each known mistake is, in the learner's terms: the one place its words live.
export default defineMisconceptions('quantization', {
  'zero-point-not-rounded':
    'the zero point is an integer: zeroPoint = qmin − round(lo/scale), clamped to [qmin, qmax]; left as qmin − lo/scale it is not an int8 value, and neither is any q it shifts',
  'range-excludes-zero':
    'the range is extended to include 0 first, lo = min(min, 0) and hi = max(max, 0): from [2, 5] alone the zero point would be −298, out of int8, and 0 (padding, ReLU zeros) would not be representable',
  'ties-not-to-even':
    'round is round half to even (std::nearbyint, np.round): 2.5 → 2, 3.5 → 4, −2.5 → −2; Math.round and round-half-away-from-zero send halves one way and bias the sum of the errors',
  'no-clamp':
    'q = round(x/scale) + zeroPoint is clamped to [qmin, qmax]: a value beyond the range saturates at −128 or 127, it does not become an integer that int8 cannot hold',
  'dequantize-ignores-zero-point':
    'dequantize subtracts the zero point before scaling: x̂ = (q − zeroPoint)·scale, not q·scale (which shifts every value by zeroPoint·scale)',
  'symmetric-max-only':
    'the symmetric scale covers both signs: scale = max(|min|, |max|)/((qmax − qmin)/2); from max alone a large negative value clamps',
  'per-channel-wrong-axis':
    'per-channel quantization of a weight [out, in] has one scale and zero point per output channel, a row (axis 0), not per column',
  'static-uses-batch-range':
    'static quantization uses the parameters frozen at calibration: computing them from each batch again is dynamic quantization, and a value outside the calibrated range must clamp',
  'ste-unmasked':
    'the straight-through estimator passes the gradient only where the value was not clamped (qmin ≤ round(x/scale) + zeroPoint ≤ qmax); where it was clamped the output does not move with x, so dx = 0 there',
  'observer-last-batch':
    'a MinMaxObserver keeps the running min and max over every calibration batch, min(old.min, min(x)) and max(old.max, max(x)), not the last batch’s',
});
