import { defineMisconceptions } from '../kit/toolkit';

// What each known mistake is, in the learner's terms: the one place its words live.
export default defineMisconceptions('layernorm', {
  'normalised-over-batch':
    "the statistics are taken over the batch axis (BatchNorm's axis 0): LayerNorm normalises each row over its own D features, μᵢ = (1/D)Σⱼ xᵢⱼ and σᵢ² = (1/D)Σⱼ (xᵢⱼ − μᵢ)², so a row's output never depends on the other rows",
  'unbiased-variance':
    "the variance is divided by D − 1: LayerNorm uses the biased variance σ² = (1/D)Σⱼ (xⱼ − μ)², as PyTorch's nn.LayerNorm does (Bessel's correction is for estimating a population, not for normalising)",
  'eps-outside-sqrt':
    'ε is added outside the square root: x̂ = (x − μ)/√(σ² + ε), not (x − μ)/(√σ² + ε); the two differ most where σ² is close to ε',
  'mean-not-subtracted':
    'the mean is not subtracted: this is RMSNorm, x/√(mean(x²) + ε). LayerNorm centres each row first, x̂ = (x − μ)/√(σ² + ε), which is why its output does not change when a constant is added to a row',
  'backward-missing-mean-term':
    'dx is missing the −mean(dx̂) term, the gradient through μ: dx = (1/√(σ² + ε))·(dx̂ − mean(dx̂) − x̂·mean(dx̂·x̂)) with dx̂ = dout·γ, and then every row of dx sums to 0',
  'backward-missing-projection-term':
    'dx is missing the −x̂·mean(dx̂·x̂) term, the gradient through σ²: dx = (1/√(σ² + ε))·(dx̂ − mean(dx̂) − x̂·mean(dx̂·x̂)) with dx̂ = dout·γ',
  'dgamma-without-xhat':
    'dγ is summed without multiplying by x̂: out = γ·x̂ + β, so dγⱼ = Σᵢ doutᵢⱼ·x̂ᵢⱼ (while dβⱼ = Σᵢ doutᵢⱼ)',
  'dx-without-gamma': 'dx forgets γ: the gradient reaching x̂ is dx̂ = dout·γ (out = γ·x̂ + β), not dout',
});
