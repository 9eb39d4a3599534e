import { defineMessages } from '../kit/toolkit';

// This kata's own sentences, in English (other languages: ./<lang>.json, "messages").
export default defineMessages('mixed-precision', {
  'not-a-number': 'toFloat16({{x}}) returned {{got}}: expected a number',
  'value-off': 'toFloat16({{x}}) = {{got}}, but the nearest half (ties to even) is {{expected}}',
  'not-idempotent':
    'toFloat16({{x}}) = {{once}}, but toFloat16({{once}}) = {{twice}}: a half value must round to itself',
  'not-monotone': '{{a}} < {{b}}, but toFloat16 gives {{fa}} > {{fb}}: rounding must keep the order',
  'not-odd':
    'toFloat16({{x}}) = {{pos}} and toFloat16({{negX}}) = {{neg}}: rounding to nearest is symmetric, toFloat16(−x) = −toFloat16(x)',
  'beyond-half-ulp':
    'toFloat16({{x}}) = {{got}} is {{error}} away from x; the grid spacing there is {{ulp}}, so the nearest half is at most {{halfUlp}} away',
  'odd-tie':
    'toFloat16({{x}}) = {{got}} is exactly half a spacing ({{halfUlp}}) away: x is a tie, and a tie goes to the neighbour with the even mantissa, {{expected}}',
  'not-a-state': '{{call}} returned {{got}}: expected { scale, goodSteps }',
  'state-off': '{{call}}, update {{step}} of {{steps}}: {{what}} = {{got}}, but GradScaler gives {{expected}}',
  'refused-accepted': '{{fn}} accepted {{bad}}: GradScaler refuses it, so throw an Error',
  'not-a-step': 'ampStep returned {{got}}: expected { master, half, state, skipped }',
  'skipped-off': 'ampStep returned skipped = {{got}}, but the unscaled gradients {{why}}',
  'all-finite': 'are all finite',
  'not-all-finite': 'hold an inf or a NaN',
  'step-state-off': 'ampStep returned state.{{what}} = {{got}}, but GradScaler gives {{expected}}',
  'skipped-master': 'the step was skipped, so the master weights must stay as they were: ',
  'half-copy-off': 'half[{{i}}] = {{got}}, but toFloat16(master[{{i}}] = {{w}}) = {{expected}}',
});
