import { defineMisconceptions } from '../kit/toolkit';

// What each known mistake is, in the learner's terms: the one place its words live.
export default defineMisconceptions('batchnorm', {
  'normalised-over-features':
    "the statistics are taken over each row's features (LayerNorm's axis): BatchNorm normalises each feature j over the N examples of the batch, μⱼ = (1/N)Σᵢ xᵢⱼ and σⱼ² = (1/N)Σᵢ (xᵢⱼ − μⱼ)²",
  'unbiased-variance-normalised':
    "the variance used to normalise is divided by N − 1: BatchNorm normalises with the biased batch variance σ² = (1/N)Σᵢ (xᵢ − μ)², as PyTorch's nn.BatchNorm1d does; only the running variance is unbiased",
  'eps-outside-sqrt':
    'ε is added outside the square root: x̂ = (x − μ)/√(σ² + ε), not (x − μ)/(√σ² + ε); the two differ most where a feature’s variance is close to ε',
  'running-var-biased':
    'the running variance is updated with the biased batch variance: PyTorch updates running_var with the unbiased one, σ²·N/(N − 1) = Σᵢ (xᵢ − μ)²/(N − 1), while it normalises with the biased one',
  'momentum-reversed':
    "the momentum is applied the other way round (Keras's convention): PyTorch's is running = (1 − momentum)·running + momentum·batch, so momentum = 0.1 moves the running statistics a tenth of the way to the batch's",
  'eval-uses-batch-statistics':
    'at inference the batch statistics are used: in eval mode BatchNorm normalises with the running statistics only, out = γ·(x − running_mean)/√(running_var + ε) + β, so an example’s output does not depend on the rest of its batch',
  'backward-missing-mean-term':
    'dx is missing the −mean(dx̂) term, the gradient through μ: per feature, dx = (1/√(σ² + ε))·(dx̂ − mean(dx̂) − x̂·mean(dx̂·x̂)) with dx̂ = dout·γ and the means over the batch, and then every column of dx sums to 0',
  'backward-missing-projection-term':
    'dx is missing the −x̂·mean(dx̂·x̂) term, the gradient through σ²: per feature, dx = (1/√(σ² + ε))·(dx̂ − mean(dx̂) − x̂·mean(dx̂·x̂)) with dx̂ = dout·γ and the means over the batch',
  'dgamma-without-xhat':
    'dγ is summed without multiplying by x̂: out = γ·x̂ + β, so dγⱼ = Σᵢ doutᵢⱼ·x̂ᵢⱼ (while dβⱼ = Σᵢ doutᵢⱼ)',
  'dx-without-gamma': 'dx forgets γ: the gradient reaching x̂ is dx̂ = dout·γ (out = γ·x̂ + β), not dout',
});
