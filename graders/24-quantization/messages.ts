import { defineMessages } from '../kit/toolkit';

// This kata's own sentences, in English (other languages: ./<lang>.json, "messages").
export default defineMessages('quantization', {
  'not-params':
    'quantParams({{min}}, {{max}}, {{opts}}) returned {{got}}: expected { scale, zeroPoint } with a positive scale',
  'refused-accepted': 'quantParams accepted {{bad}}: no scale and zero point exist for it, so throw an Error',
  'not-integer': 'quantize gave q[{{i}}] = {{got}} for x = {{x}}: a quantized value is an integer',
  'out-of-range': 'quantize gave q[{{i}}] = {{got}} for x = {{x}}, outside [{{qmin}}, {{qmax}}]: clamp to the range',
  'not-monotone':
    'x = {{a}} < {{b}}, but quantize gives {{qa}} > {{qb}}: rounding and clamping never reverse the order',
  'round-trip-off':
    'range [{{min}}, {{max}}] ({{opts}}): x = {{x}} comes back as {{got}}, {{error}} away; inside the range the error is at most scale/2 = {{half}}',
  'not-clamped':
    'range [{{min}}, {{max}}] ({{opts}}): x = {{x}} is past the end of the range, so q must be {{expected}}, but it is {{got}}',
  'zero-point-not-integer':
    'quantParams({{min}}, {{max}}, {{opts}}) gave zeroPoint = {{got}}: it must be an integer in [{{qmin}}, {{qmax}}]',
  'zero-not-exact':
    'range [{{min}}, {{max}}] ({{opts}}): dequantize(quantize(0)) = {{got}}, but 0 must come back exactly (zero padding, ReLU zeros)',
  'order-dependent':
    'observe over the batches in reverse order gives { min: {{rmin}}, max: {{rmax}} }, in order { min: {{min}}, max: {{max}} }: the running extremes do not depend on the order',
  'frozen-changed':
    'freeze of the same observer gave scale {{a}} and then {{b}}: calibrated parameters are fixed once frozen',
});
