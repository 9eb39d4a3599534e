import { defineMessages } from '../kit/toolkit';

// This kata's own sentences, in English (other languages: ./<lang>.json, "messages").
export default defineMessages('layernorm', {
  'row-mean': 'with γ = 1 and β = 0, row {{row}} of out has mean {{got}}, not 0',
  'row-variance':
    'with γ = 1 and β = 0, row {{row}} of out has variance {{got}}, not σ²/(σ² + ε) = {{expected}} (σ² = {{variance}}, ε = {{eps}})',
  'dx-row-sum': 'row {{row}} of dx sums to {{got}}, not 0',
  'dx-not-orthogonal': 'row {{row}} of dx is not orthogonal to x̂ (ε = 0): Σⱼ dxⱼ·x̂ⱼ = {{got}}, not 0',
  'after-shifting': 'after adding [{{by}}] to the rows of x (one constant per row), out changed',
  'after-scaling': 'after multiplying the rows of x by [{{by}}] (one positive factor per row, ε = 0), out changed',
});
