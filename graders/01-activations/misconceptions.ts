import { defineMisconceptions } from '../kit/toolkit';

// What each known mistake is, in the learner's terms: the one place its words live.
export default defineMisconceptions('activations', {
  'sigmoid-prime-plus': 'σ′ = σ·(1 − σ), not σ·(1 + σ): σ′(x) = e⁻ˣ/(1 + e⁻ˣ)² is never more than ¼',
  'sigmoid-prime-is-sigmoid': 'that is σ(x) itself: its derivative is σ′(x) = σ(x)·(1 − σ(x))',
  'naive-sigmoid-overflows':
    'unstable sigmoid: eˣ overflows to ∞ for x > 709.8 and eˣ/(1 + eˣ) becomes ∞/∞ = NaN — go through e^(−|x|) ≤ 1: σ(x) = 1/(1 + e⁻ˣ) for x ≥ 0 and eˣ/(1 + eˣ) for x < 0',
  'tanh-prime-unsquared':
    'the square is missing: tanh′ = 1 − tanh², not 1 − tanh (tanhPrime at x; geluTanhPrime at u = √(2/π)(x + 0.044715x³))',
  'tanh-prime-plus': 'tanh′(x) = 1 − tanh²(x) = sech²(x), not 1 + tanh²(x): the slope is at most 1, at x = 0',
  'naive-tanh-overflows':
    'unstable tanh: eˣ and e⁻ˣ overflow for |x| > 709.8 and (eˣ − e⁻ˣ)/(eˣ + e⁻ˣ) becomes ∞/∞ = NaN — use e^(−2|x|): tanh x = sign(x)·(1 − e^(−2|x|))/(1 + e^(−2|x|)), or Math.tanh',
  'relu-prime-at-zero': 'relu′(0) = 0 in PyTorch: the slope is 1 only for x > 0, not for x ≥ 0',
  'relu-prime-is-relu': 'that is relu(x) itself: its derivative is 1 for x > 0 and 0 otherwise',
  'leaky-relu-alpha-positive-side': 'α scales the negative side: leakyRelu(x) = x for x > 0 and α·x otherwise',
  'leaky-relu-prime-no-alpha':
    'the slope of leakyRelu for x ≤ 0 is α, not 0 (that is relu′): leakyRelu′(x) = 1 for x > 0, α otherwise',
  'elu-prime-minus-alpha':
    'α·eˣ − α is elu(x) itself: for x ≤ 0 the derivative of α·(eˣ − 1) is α·eˣ (which is elu(x) + α)',
  'elu-prime-no-alpha': 'α is missing: for x ≤ 0, elu′(x) = α·eˣ, not eˣ',
  'elu-masked-overflow':
    'eˣ overflows to ∞ for x > 709.8 and 0·∞ is NaN, so a 0/1 mask cannot remove α·(eˣ − 1) once it is computed: evaluate the exponential only on the branch x ≤ 0 (a conditional, or e^min(x, 0))',
  'elu-missing-alpha': 'α is missing: elu(x) = α·(eˣ − 1) for x ≤ 0, which levels off at −α, not −1',
  'gelu-missing-half':
    'the ½ is missing: GELU(x) = ½·x·(1 + tanh u) in the tanh form, x·Φ(x) = ½·x·(1 + erf(x/√2)) exactly',
  'gelu-forms-swapped':
    'the two GELUs are swapped: geluTanh is the approximation ½·x·(1 + tanh(√(2/π)(x + 0.044715x³))), geluErf the exact x·Φ(x) = ½·x·(1 + erf(x/√2)); they differ by up to 4.7e-4, which float32 resolves',
  'gelu-tanh-constant':
    '√(2/π) ≈ 0.7978845608 was written as 0.8, which moves GELU by up to 6.7e-4: use Math.sqrt(2 / Math.PI)',
  'gelu-tanh-prime-product-rule':
    'product rule: d/dx [½·x·(1 + tanh u)] = ½·(1 + tanh u) + ½·x·(1 − tanh² u)·u′; the second term is missing',
  'gelu-tanh-prime-missing-3':
    'd/dx 0.044715·x³ = 3·0.044715·x²: the 3 is missing from u′ = √(2/π)·(1 + 3·0.044715·x²)',
  'gelu-erf-missing-sqrt2': 'the √2 is missing: Φ(x) = ½·(1 + erf(x/√2)), not ½·(1 + erf(x))',
  'gelu-erf-prime-product-rule':
    'product rule: d/dx [x·Φ(x)] = Φ(x) + x·φ(x) with φ(x) = e^(−x²/2)/√(2π); the x·φ(x) term is missing',
  'gelu-erf-pdf-normalisation': 'φ(x) = e^(−x²/2)/√(2π): the normalising 1/√(2π) is missing from the x·φ(x) term',
  'hard-swish-relu-not-relu6':
    'relu6 caps x + 3 at 6: hardSwish(x) = x·min(max(x + 3, 0), 6)/6 is x itself for x ≥ 3; with a plain relu it grows like x²/6',
  'hard-swish-prime-product-rule':
    'product rule: d/dx [x·relu6(x + 3)/6] = relu6(x + 3)/6 + x/6 = (2x + 3)/6 on (−3, 3); the x/6 term is missing',
  'hard-swish-prime-no-cap':
    'relu6 caps x + 3 at 6: beyond x = 3 hardSwish is x itself and its slope is 1, not (2x + 3)/6',
  'hard-swish-prime-old-kinks':
    'recent PyTorch takes hardSwish′(−3) = 0 and hardSwish′(3) = 1: the middle formula (2x + 3)/6 applies only strictly inside (−3, 3) (older PyTorch gave −½ and 3/2 there)',
});
