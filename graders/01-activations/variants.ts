import { defineVariants } from '../kit/toolkit/defineVariants';

export default defineVariants([
  {
    name: 'wrong-gelu-constant-0-8',
    mistake: '√(2/π) written as 0.8 in the tanh-form GELU (off by 6.7e-4; a 1e-3 tolerance accepts it)',
    message: /√\(2\/π\) ≈ 0\.7978845608 was written as 0\.8/,
  },
  { name: 'wrong-sigmoid-prime-plus', mistake: 'σ′ = σ(1 + σ)', message: /σ′ = σ\(1 − σ\), not σ\(1 \+ σ\)/ },
  {
    name: 'wrong-tanh-prime-unsquared',
    mistake: 'tanh′ = 1 − tanh, the square forgotten',
    message: /the square is missing: tanh′ = 1 − tanh²/,
  },
  {
    name: 'wrong-leaky-relu-prime-forgot-alpha',
    mistake: 'leakyRelu′ = 0 for x ≤ 0, as relu′',
    message: /the slope for x ≤ 0 is α, not 0/,
  },
  {
    name: 'wrong-elu-prime-minus-alpha',
    mistake: 'elu′ = α·eˣ − α for x ≤ 0 (the forward again)',
    message: /α·eˣ − α is elu\(x\) itself/,
  },
  {
    name: 'wrong-elu-prime-no-alpha',
    mistake: 'elu′ = eˣ for x ≤ 0, α forgotten',
    message: /α is missing: for x ≤ 0 elu′\(x\) = α·eˣ, not eˣ/,
  },
  {
    name: 'wrong-naive-sigmoid',
    mistake: 'σ = eˣ/(1 + eˣ): ∞/∞ = NaN for x > 709.8',
    message: /unstable sigmoid: use exp\(−\|x\|\)/,
  },
  {
    name: 'wrong-naive-tanh',
    mistake: 'tanh = (eˣ − e⁻ˣ)/(eˣ + e⁻ˣ): ∞/∞ = NaN for |x| > 709.8',
    message: /unstable tanh/,
  },
  {
    name: 'wrong-relu-prime-at-zero',
    mistake: 'relu′(0) = 1 (x ≥ 0 instead of x > 0)',
    message: /relu′\(0\) = 0 in PyTorch/,
  },
  {
    name: 'wrong-gelu-erf-missing-sqrt2',
    mistake: 'Φ(x) = ½(1 + erf(x)), the /√2 forgotten',
    message: /the √2 is missing: Φ\(x\) = ½·\(1 \+ erf\(x\/√2\)\)/,
  },
  {
    name: 'wrong-gelu-erf-prime-product-rule',
    mistake: 'exact GELU′ = Φ(x), the x·φ(x) term forgotten',
    message: /the x·φ\(x\) term is missing/,
  },
  {
    name: 'wrong-gelu-tanh-prime-missing-3',
    mistake: 'u′ = √(2/π)(1 + 0.044715x²), the 3 from d/dx x³ forgotten',
    message: /the 3 is missing from u′/,
  },
  {
    name: 'wrong-hard-swish-prime-product-rule',
    mistake: 'hardSwish′ = (x + 3)/6 on (−3, 3), the x/6 term forgotten',
    message: /the x\/6 term is missing/,
  },
  {
    name: 'wrong-hard-swish-relu-not-relu6',
    mistake: 'hardSwish = x·relu(x + 3)/6, without the cap at 6',
    message: /relu6 caps x \+ 3 at 6/,
  },
  {
    name: 'wrong-hard-swish-prime-old-pytorch-kinks',
    mistake: "hardSwish′(−3) = −0.5 and hardSwish′(3) = 1.5, older PyTorch's values at the kinks",
    message: /recent PyTorch takes hardSwish′\(−3\) = 0/,
  },
  {
    name: 'alt-textbook-formulas',
    difference: '1/(1 + e⁻ˣ), σ(1 − σ), Math.tanh and 1 − tanh², Math.max ReLUs, ½x(1 + tanh u), x/3 + ½',
  },
  {
    name: 'alt-tanh-identities-loops',
    difference:
      'for-loops; σ through tanh(x/2), tanh as 2σ(2x) − 1, elu′ = elu + α, GELU as x·σ(2u), Φ via erf(−x/√2), hardSwish via hard-sigmoid',
  },
]);
