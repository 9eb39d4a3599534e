import { defineMessages } from '../kit/toolkit';

// This kata's own sentences, in English (other languages: ./<lang>.json, "messages").
export default defineMessages('mlp-backprop', {
  'batch-twice': 'with the batch repeated twice, {{inner}} (its value for the batch once)',
  'for-logits-up-to': 'for logits up to ±{{bound}}',
});
