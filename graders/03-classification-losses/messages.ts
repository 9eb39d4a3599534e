import { defineMessages } from '../kit/toolkit';

// This kata's own sentences, in English (other languages: ./<lang>.json, "messages").
export default defineMessages('classification-losses', {
  'for-huge-logits': 'for logits of magnitude 750…1000',
  'for-huge-logits-and-gamma': 'for logits of magnitude 750…1000 and γ = {{gamma}}',
  'focal-above-bce':
    'focal loss of element [{{i}}][{{j}}] alone (z = {{z}}, y = {{y}}, γ = {{gamma}}, α = {{alpha}}) is {{focal}}, above its α_t-weighted BCE {{bce}} by {{excess}}',
  'focal-batch-above-bce':
    'focal loss of the batch is {{focal}}, above the mean α_t-weighted BCE of its elements {{bce}} by {{excess}} (element by element it was not: the mean of the focal losses is {{mean}})',
  'gamma-zero':
    'at γ = 0, {{at}} from focalLoss is {{got}}, but your binaryCrossEntropyWithLogits of each element, weighted by α_t and averaged, gives {{expected}}',
  'row-sum-not-zero': 'dlogits row {{row}} sums to {{sum}}, not 0',
});
