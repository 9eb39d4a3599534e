import { defineMessages } from '../kit/toolkit';

// This kata's own sentences, in English (other languages: ./<lang>.json, "messages").
export default defineMessages('dropout', {
  draws_one:
    'in training dropoutForward drew {{count}} number from rng for {{n}} elements (p = {{p}}): the convention is one rng() call per element, {{n}} in all (none only at p = 0 or p = 1)',
  draws_other:
    'in training dropoutForward drew {{count}} numbers from rng for {{n}} elements (p = {{p}}): the convention is one rng() call per element, {{n}} in all (none only at p = 0 or p = 1)',
  'eval-draws': 'in eval mode (training = false) dropoutForward drew {{got}} numbers from rng: eval draws none',
  'in-eval': 'in eval mode (training = false)',
  'with-p-one': 'with p = 1',
  'mean-off':
    'on a uniform rng stream (N·D = {{n}}, p = {{p}}) the mean of out is {{got}}, but E[out] = x and the mean of x is {{expected}}: more than the {{band}} a correct dropout reaches with probability 10⁻⁶',
  'kept-fraction-off':
    'on a uniform rng stream (N·D = {{n}}, p = {{p}}) a fraction {{got}} of the units was kept (out ≠ 0), not 1 − p = {{expected}}: more than the {{band}} a correct dropout reaches with probability 10⁻⁶',
});
