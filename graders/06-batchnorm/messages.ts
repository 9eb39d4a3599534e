import { defineMessages } from '../kit/toolkit';

// This kata's own sentences, in English (other languages: ./<lang>.json, "messages").
export default defineMessages('batchnorm', {
  'feature-mean':
    'with γ = 1 and β = 0, feature {{feature}} (column {{feature}} of out) has mean {{got}} over the batch, not 0',
  'feature-variance':
    'with γ = 1 and β = 0, feature {{feature}} (column {{feature}} of out) has variance {{got}} over the batch, not σ²/(σ² + ε) = {{expected}} (σ² = {{variance}}, ε = {{eps}})',
  'dx-column-sum': 'column {{feature}} of dx sums to {{got}} over the batch, not 0',
  'dx-not-orthogonal': 'column {{feature}} of dx is not orthogonal to x̂ (ε = 0): Σᵢ dxᵢ·x̂ᵢ = {{got}}, not 0',
  'after-other-rows': 'in eval mode, row 0 of out changed when the other {{count}} rows of the batch were replaced',
  'batch-of-one-accepted':
    'batchNormTrain returned on a batch of one (x of shape [1, {{features}}]) instead of throwing an error: one value per feature has variance 0, so there is nothing to normalise by',
});
