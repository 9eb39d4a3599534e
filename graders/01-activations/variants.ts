import { defineVariants } from '../kit/toolkit';
import m from './misconceptions';

// The proof of this grader (CONTRIBUTING.md): each wrong variant is the
// solution plus one edit, and must be named as its own misconception and no
// other; each alternative is a whole correct program that must pass.
export default defineVariants({
  wrong: [
    {
      name: 'gelu-constant-0-8',
      misconception: m['gelu-tanh-constant'],
      mistake: '√(2/π) written as 0.8 in both GELU (tanh form) functions (off by 6.7e-4; a 1e-3 tolerance accepts it)',
      edits: [['const SQRT_2_OVER_PI = Math.sqrt(2 / Math.PI);', 'const SQRT_2_OVER_PI = 0.8;']],
    },
    {
      name: 'sigmoid-prime-plus',
      misconception: m['sigmoid-prime-plus'],
      mistake: 'σ′ written as σ(1 + σ)',
      edits: [
        [
          'return x.map((v) => sigmoidOf(v) * sigmoidOf(-v));',
          'return x.map((v) => sigmoidOf(v) * (1 + sigmoidOf(v)));',
        ],
      ],
    },
    {
      name: 'tanh-prime-unsquared',
      misconception: m['tanh-prime-unsquared'],
      mistake: 'tanh′ = 1 − tanh, the square forgotten',
      edits: [
        [
          'return x.map((v) => {\n    const e = Math.exp(-2 * Math.abs(v));\n    return (4 * e) / ((1 + e) * (1 + e));\n  });',
          'return x.map((v) => 1 - tanhOf(v));',
        ],
      ],
    },
    {
      name: 'leaky-relu-prime-forgot-alpha',
      misconception: m['leaky-relu-prime-no-alpha'],
      mistake: 'leakyRelu′ = 0 for x ≤ 0, as if it were relu′',
      edits: [['return x.map((v) => (v > 0 ? 1 : alpha));', 'return x.map((v) => (v > 0 ? 1 : 0));']],
    },
    {
      name: 'elu-prime-minus-alpha',
      misconception: m['elu-prime-minus-alpha'],
      mistake: 'elu′ for x ≤ 0 written as α·eˣ − α (the forward again)',
      edits: [['(v > 0 ? 1 : alpha * Math.exp(v))', '(v > 0 ? 1 : alpha * Math.exp(v) - alpha)']],
    },
    {
      name: 'elu-prime-no-alpha',
      misconception: m['elu-prime-no-alpha'],
      mistake: 'elu′ for x ≤ 0 written as eˣ, without α',
      edits: [['(v > 0 ? 1 : alpha * Math.exp(v))', '(v > 0 ? 1 : Math.exp(v))']],
    },
    {
      name: 'naive-sigmoid',
      misconception: m['naive-sigmoid-overflows'],
      mistake: 'σ = eˣ/(1 + eˣ) in sigmoid and sigmoidPrime, which is ∞/∞ = NaN for x > 709.8',
      edits: [
        ['return x.map(sigmoidOf);', 'return x.map((v) => Math.exp(v) / (1 + Math.exp(v)));'],
        [
          'return x.map((v) => sigmoidOf(v) * sigmoidOf(-v));',
          'return x.map((v) => {\n    const s = Math.exp(v) / (1 + Math.exp(v));\n    return s * (1 - s);\n  });',
        ],
      ],
    },
    {
      name: 'naive-tanh',
      misconception: m['naive-tanh-overflows'],
      mistake: 'tanh = (eˣ − e⁻ˣ)/(eˣ + e⁻ˣ), which is ∞/∞ = NaN for |x| > 709.8',
      edits: [
        [
          '  const m = Math.expm1(-2 * Math.abs(v));\n  const t = -m / (2 + m);\n  return v < 0 ? -t : t;',
          '  return (Math.exp(v) - Math.exp(-v)) / (Math.exp(v) + Math.exp(-v));',
        ],
      ],
    },
    {
      name: 'relu-prime-at-zero',
      misconception: m['relu-prime-at-zero'],
      mistake: 'relu′(0) = 1 (x ≥ 0 instead of x > 0)',
      edits: [['return x.map((v) => (v > 0 ? 1 : 0));', 'return x.map((v) => (v >= 0 ? 1 : 0));']],
    },
    {
      name: 'gelu-erf-missing-sqrt2',
      misconception: m['gelu-erf-missing-sqrt2'],
      mistake: 'Φ(x) = ½(1 + erf(x)), the /√2 forgotten (in geluErf and geluErfPrime)',
      edits: [['0.5 * (1 + erf(v / Math.SQRT2))', '0.5 * (1 + erf(v))']],
    },
    {
      name: 'gelu-erf-prime-product-rule',
      misconception: m['gelu-erf-prime-product-rule'],
      mistake: 'exact GELU′ = Φ(x), the x·φ(x) term of the product rule forgotten',
      edits: [['return x.map((v) => normalCdf(v) + v * normalPdf(v));', 'return x.map((v) => normalCdf(v));']],
    },
    {
      name: 'gelu-tanh-prime-missing-3',
      misconception: m['gelu-tanh-prime-missing-3'],
      mistake: 'u′ = √(2/π)(1 + 0.044715x²), the 3 from d/dx x³ forgotten',
      edits: [['SQRT_2_OVER_PI * (1 + 3 * GELU_CUBIC * v * v)', 'SQRT_2_OVER_PI * (1 + GELU_CUBIC * v * v)']],
    },
    {
      name: 'hard-swish-prime-product-rule',
      misconception: m['hard-swish-prime-product-rule'],
      mistake: 'hardSwish′ = (x + 3)/6 on (−3, 3), the x/6 term of the product rule forgotten',
      edits: [['v >= 3 ? 1 : (2 * v + 3) / 6', 'v >= 3 ? 1 : (v + 3) / 6']],
    },
    {
      name: 'hard-swish-relu-not-relu6',
      misconception: m['hard-swish-relu-not-relu6'],
      mistake: 'hardSwish = x·relu(x + 3)/6, without the cap at 6',
      edits: [['(v * Math.min(Math.max(v + 3, 0), 6)) / 6', '(v * Math.max(v + 3, 0)) / 6']],
    },
    {
      name: 'hard-swish-prime-old-pytorch-kinks',
      misconception: m['hard-swish-prime-old-kinks'],
      mistake: "hardSwish′(−3) = −0.5 and hardSwish′(3) = 1.5, older PyTorch's values at the kinks",
      edits: [['(v <= -3 ? 0 : v >= 3 ? 1 : (2 * v + 3) / 6)', '(v < -3 ? 0 : v > 3 ? 1 : (2 * v + 3) / 6)']],
    },
    {
      name: 'sigmoid-prime-is-sigmoid',
      misconception: m['sigmoid-prime-is-sigmoid'],
      mistake: 'sigmoidPrime returns σ(x) itself, the derivative never taken',
      edits: [['return x.map((v) => sigmoidOf(v) * sigmoidOf(-v));', 'return x.map(sigmoidOf);']],
    },
    {
      name: 'tanh-prime-plus',
      misconception: m['tanh-prime-plus'],
      mistake: 'tanh′ = 1 + tanh², a sign slip',
      edits: [
        [
          'return x.map((v) => {\n    const e = Math.exp(-2 * Math.abs(v));\n    return (4 * e) / ((1 + e) * (1 + e));\n  });',
          'return x.map((v) => 1 + tanhOf(v) * tanhOf(v));',
        ],
      ],
    },
    {
      name: 'relu-prime-is-relu',
      misconception: m['relu-prime-is-relu'],
      mistake: 'reluPrime returns relu(x), the forward pasted in',
      edits: [['return x.map((v) => (v > 0 ? 1 : 0));', 'return x.map((v) => (v > 0 ? v : 0));']],
    },
    {
      name: 'leaky-relu-alpha-positive-side',
      misconception: m['leaky-relu-alpha-positive-side'],
      mistake: 'leakyRelu scales the positive side by α instead of the negative one',
      edits: [['(v > 0 ? v : alpha * v)', '(v > 0 ? alpha * v : v)']],
    },
    {
      name: 'elu-missing-alpha',
      misconception: m['elu-missing-alpha'],
      mistake: 'elu = eˣ − 1 for x ≤ 0, α forgotten in the forward',
      edits: [['(v > 0 ? v : alpha * Math.expm1(v))', '(v > 0 ? v : Math.expm1(v))']],
    },
    {
      name: 'elu-masked-overflow',
      misconception: m['elu-masked-overflow'],
      mistake: 'elu and elu′ as 0/1 masks times both branches: 0·∞ = NaN once eˣ overflows for x > 709.8',
      edits: [
        [
          'return x.map((v) => (v > 0 ? v : alpha * Math.expm1(v)));',
          'return x.map((v) => Number(v > 0) * v + Number(v <= 0) * alpha * Math.expm1(v));',
        ],
        [
          'return x.map((v) => (v > 0 ? 1 : alpha * Math.exp(v)));',
          'return x.map((v) => Number(v > 0) + Number(v <= 0) * alpha * Math.exp(v));',
        ],
      ],
    },
    {
      name: 'gelu-tanh-missing-half',
      misconception: m['gelu-missing-half'],
      mistake: 'geluTanh = x·(1 + tanh u), the ½ forgotten',
      edits: [
        [
          'v * sigmoidOf(2 * SQRT_2_OVER_PI * (v + GELU_CUBIC * v * v * v))',
          'v * (1 + Math.tanh(SQRT_2_OVER_PI * (v + GELU_CUBIC * v * v * v)))',
        ],
      ],
    },
    {
      name: 'gelu-erf-missing-half',
      misconception: m['gelu-missing-half'],
      mistake: 'Φ(x) = 1 + erf(x/√2), the ½ forgotten (in geluErf and geluErfPrime)',
      edits: [['0.5 * (1 + erf(v / Math.SQRT2))', '(1 + erf(v / Math.SQRT2))']],
    },
    {
      name: 'gelu-tanh-is-exact',
      misconception: m['gelu-forms-swapped'],
      mistake: 'geluTanh written as the exact x·Φ(x)',
      edits: [
        [
          'return x.map((v) => v * sigmoidOf(2 * SQRT_2_OVER_PI * (v + GELU_CUBIC * v * v * v)));',
          'return x.map((v) => v * normalCdf(v));',
        ],
      ],
    },
    {
      name: 'gelu-erf-is-tanh',
      misconception: m['gelu-forms-swapped'],
      mistake: 'geluErf written as the tanh approximation',
      edits: [
        [
          'return x.map((v) => v * normalCdf(v));',
          'return x.map((v) => 0.5 * v * (1 + Math.tanh(SQRT_2_OVER_PI * (v + GELU_CUBIC * v * v * v))));',
        ],
      ],
    },
    {
      name: 'gelu-tanh-prime-product-rule',
      misconception: m['gelu-tanh-prime-product-rule'],
      mistake: 'geluTanh′ = ½(1 + tanh u), the ½·x·(1 − tanh² u)·u′ term forgotten',
      edits: [['return s + v * s * sigmoidOf(-2 * u) * 2 * du;', 'return s;']],
    },
    {
      name: 'gelu-tanh-prime-unsquared',
      misconception: m['tanh-prime-unsquared'],
      mistake: 'geluTanh′ in the tanh form with tanh′(u) = 1 − tanh u',
      edits: [
        [
          'return s + v * s * sigmoidOf(-2 * u) * 2 * du;',
          'const t = Math.tanh(u);\n    return 0.5 * (1 + t) + 0.5 * v * (1 - t) * du;',
        ],
      ],
    },
    {
      name: 'gelu-erf-pdf-normalisation',
      misconception: m['gelu-erf-pdf-normalisation'],
      mistake: 'φ(x) = e^(−x²/2), the 1/√(2π) forgotten',
      edits: [['Math.exp(-0.5 * v * v) / Math.sqrt(2 * Math.PI)', 'Math.exp(-0.5 * v * v)']],
    },
    {
      name: 'hard-swish-prime-no-cap',
      misconception: m['hard-swish-prime-no-cap'],
      mistake: 'hardSwish′ = (2x + 3)/6 for every x > −3, past the cap at 3 too',
      edits: [['(v <= -3 ? 0 : v >= 3 ? 1 : (2 * v + 3) / 6)', '(v <= -3 ? 0 : (2 * v + 3) / 6)']],
    },
  ],
  alternatives: [
    {
      name: 'textbook-formulas',
      difference: '1/(1 + e⁻ˣ), σ(1 − σ), Math.tanh and 1 − tanh², Math.max ReLUs, ½x(1 + tanh u), x/3 + ½',
    },
    {
      name: 'tanh-identities-loops',
      difference:
        'for-loops; σ through tanh(x/2), tanh as 2σ(2x) − 1, elu′ = elu + α, GELU as x·σ(2u), Φ via erf(−x/√2), hardSwish via hard-sigmoid',
    },
  ],
});
