import { defineMessages } from '../kit/toolkit';

// This kata's own sentences, in English (other languages: ./<lang>.json, "messages").
export default defineMessages('regression-losses', {
  'gradient-above-bound':
    'dpred{{at}} is {{got}} for the residual r = {{r}}, larger in magnitude than δ/(N·D) = {{bound}}: beyond |r| = δ the loss grows linearly, so no entry of its gradient may exceed δ/(N·D)',
  'half-mse':
    'with δ = {{delta}} above every |r|, {{at}} from huber is {{got}}, but half of your mse on the same inputs gives {{expected}}',
});
