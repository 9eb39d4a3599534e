import { defineMessages } from '../kit/toolkit';

// This kata's own sentences, in English (other languages: ./<lang>.json, "messages").
export default defineMessages('grad-clipping', {
  'not-lists':
    '{{fn}} returned {{got}} for the grads: expected a list of {{count}} arrays, one per input tensor, of lengths [{{lengths}}]',
  'norm-after':
    'your clipped grads have a global norm of {{got}}, but with totalNorm T = {{t}} and maxNorm = {{maxNorm}} it is min(T, maxNorm) = {{expected}}',
  'not-one-factor':
    'your clipped grads are not one multiple of the input: the factors per tensor are [{{factors}}], while clipping scales every tensor by the same min(1, maxNorm/T) = {{expected}}, so the update keeps its direction',
  'changed-below-bound':
    'T = {{t}} ≤ maxNorm = {{maxNorm}}, yet grads{{at}} came back as {{got}} instead of {{expected}}: below the bound the grads come back as they were',
  'zero-norm': 'with {{what}} totalNorm is {{got}}, not 0',
  'zero-changed': 'with {{what}} grads{{at}} came back as {{got}}, not 0: nothing is scaled when T = 0',
  'all-zero': '{{count}} all-zero tensors',
  'no-tensors': 'an empty list of tensors',
  'non-finite-norm':
    'with {{bad}} among the gradients totalNorm is {{got}}: report it as it is, {{expected}} (NaN if any element is NaN, otherwise Infinity)',
  'non-finite-changed':
    'with totalNorm = {{t}}, grads{{at}} came back as {{got}} instead of {{expected}}: when the norm is not finite leave the grads unchanged, so the caller can skip the step',
  'not-refused':
    '{{fn}} returned for {{name}} = {{bound}}: a negative bound has no meaning (PyTorch would flip or scramble the gradients) — throw an Error; 0 is allowed',
  'changed-inside':
    'grads{{at}} = {{value}} lies inside [−{{c}}, {{c}}], yet clipGradValue returned {{got}}: elements inside the interval come back exactly as they were',
  'not-idempotent':
    'clipping twice with clipValue = {{c}} changed out{{at}} from {{once}} to {{twice}}: clamped values lie inside the interval, so a second clip changes nothing',
  aliased:
    "{{fn}} returned the caller's own array grads[{{k}}]: return new arrays, so that what you return and the caller's gradients never change together",
});
