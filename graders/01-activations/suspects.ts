import { erf } from '../../katas/lib/erf';
import type { Suspect } from '../kit/toolkit';
import { geluTanh64, geluTanhPrime64, Phi, phi, sigmoid64 as sig } from './float64';
import type { ActivationName } from './reference';

type V = number[];
type SuspectsOf = (x: V, alpha: number) => Suspect[];

/**
 * What each mistake outputs, in float64, for an activation's value and
 * slope: when the learner's output matches one, the message names it.
 * variants.ts matches these strings.
 */
export const suspects: Record<ActivationName, { readonly value?: SuspectsOf; readonly slope?: SuspectsOf }> = {
  sigmoid: {
    slope: (x) => [
      { misconception: 'σ′ = σ(1 − σ), not σ(1 + σ)', value: () => x.map((v) => sig(v) * (1 + sig(v))) },
      { misconception: 'that is σ(x) itself; its derivative is σ(x)·(1 − σ(x))', value: () => x.map(sig) },
    ],
  },
  tanh: {
    slope: (x) => [
      {
        misconception: 'the square is missing: tanh′ = 1 − tanh²(x), not 1 − tanh(x)',
        value: () => x.map((v) => 1 - Math.tanh(v)),
      },
      { misconception: 'tanh′ = 1 − tanh²(x), not 1 + tanh²(x)', value: () => x.map((v) => 1 + Math.tanh(v) ** 2) },
    ],
  },
  relu: {
    slope: (x) => [
      {
        misconception: 'that is relu(x) itself; its derivative is 1 for x > 0 and 0 otherwise',
        value: () => x.map((v) => Math.max(v, 0)),
      },
    ],
  },
  leakyRelu: {
    value: (x, a) => [
      {
        misconception: 'α scales the negative side: leakyRelu(x) = x for x > 0, α·x otherwise',
        value: () => x.map((v) => (v > 0 ? a * v : v)),
      },
    ],
    slope: (x) => [
      {
        misconception: 'the slope for x ≤ 0 is α, not 0 (that is relu′): leakyRelu′ = 1 for x > 0, α otherwise',
        value: () => x.map((v) => (v > 0 ? 1 : 0)),
      },
    ],
  },
  elu: {
    value: (x) => [
      {
        misconception: 'α is missing: elu(x) = α·(eˣ − 1) for x ≤ 0',
        value: () => x.map((v) => (v > 0 ? v : Math.expm1(v))),
      },
    ],
    slope: (x, a) => [
      {
        misconception: 'α·eˣ − α is elu(x) itself: for x ≤ 0 the derivative is α·eˣ (= elu(x) + α)',
        value: () => x.map((v) => (v > 0 ? 1 : a * Math.expm1(v))),
      },
      {
        misconception: 'α is missing: for x ≤ 0 elu′(x) = α·eˣ, not eˣ',
        value: () => x.map((v) => (v > 0 ? 1 : Math.exp(v))),
      },
    ],
  },
  geluTanh: {
    value: (x) => [
      {
        misconception: '√(2/π) ≈ 0.7978845608 was written as 0.8: use Math.sqrt(2 / Math.PI)',
        value: () => x.map((v) => geluTanh64(v, 0.8)),
      },
      { misconception: 'the ½ is missing: GELU = ½·x·(1 + tanh(u))', value: () => x.map((v) => 2 * geluTanh64(v)) },
      {
        misconception: 'that is the exact GELU x·Φ(x): geluTanh asks for the tanh approximation, up to 4.7e-4 away',
        value: () => x.map((v) => v * Phi(v)),
      },
    ],
    slope: (x) => [
      {
        misconception: '√(2/π) ≈ 0.7978845608 was written as 0.8: use Math.sqrt(2 / Math.PI)',
        value: () => x.map((v) => geluTanhPrime64(v, { c: 0.8 })),
      },
      {
        misconception: 'd/dx 0.044715·x³ = 3·0.044715·x²: the 3 is missing from u′',
        value: () => x.map((v) => geluTanhPrime64(v, { three: 1 })),
      },
      {
        misconception: 'product rule: ½(1 + tanh u) is only half of it, add ½·x·(1 − tanh² u)·u′',
        value: () => x.map((v) => geluTanhPrime64(v, { productRule: false })),
      },
      {
        misconception: 'the square is missing: tanh′(u) = 1 − tanh²(u)',
        value: () => x.map((v) => geluTanhPrime64(v, { squared: false })),
      },
    ],
  },
  geluErf: {
    value: (x) => [
      {
        misconception: 'the √2 is missing: Φ(x) = ½·(1 + erf(x/√2)), not ½·(1 + erf(x))',
        value: () => x.map((v) => 0.5 * v * (1 + erf(v))),
      },
      { misconception: 'the ½ is missing: Φ(x) = ½·(1 + erf(x/√2))', value: () => x.map((v) => 2 * v * Phi(v)) },
      {
        misconception: 'that is the tanh approximation: geluErf asks for the exact x·Φ(x), up to 4.7e-4 away',
        value: () => x.map((v) => geluTanh64(v)),
      },
    ],
    slope: (x) => [
      {
        misconception: 'product rule: d/dx [x·Φ(x)] = Φ(x) + x·φ(x), the x·φ(x) term is missing',
        value: () => x.map(Phi),
      },
      {
        misconception: 'φ(x) = e^(−x²/2)/√(2π): the 1/√(2π) is missing',
        value: () => x.map((v) => Phi(v) + v * Math.exp(-0.5 * v * v)),
      },
      {
        misconception: 'the √2 is missing: Φ(x) = ½·(1 + erf(x/√2))',
        value: () => x.map((v) => 0.5 * (1 + erf(v)) + v * phi(v)),
      },
    ],
  },
  hardSwish: {
    value: (x) => [
      {
        misconception: 'relu6 caps x + 3 at 6: with a plain relu hardSwish grows like x²/6 beyond x = 3',
        value: () => x.map((v) => (v * Math.max(v + 3, 0)) / 6),
      },
    ],
    slope: (x) => [
      {
        misconception:
          'product rule: d/dx [x·relu6(x + 3)/6] = relu6(x + 3)/6 + x/6 on (−3, 3), the x/6 term is missing',
        value: () => x.map((v) => (v <= -3 ? 0 : v >= 3 ? 1 : (v + 3) / 6)),
      },
      {
        misconception: 'relu6 caps x + 3 at 6: beyond x = 3 hardSwish is x and its slope is 1',
        value: () => x.map((v) => (v <= -3 ? 0 : (2 * v + 3) / 6)),
      },
    ],
  },
};
