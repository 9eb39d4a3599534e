import { defineVariants } from '../kit/toolkit';
import m from './misconceptions';

// The proof of this grader (CONTRIBUTING.md): each wrong variant is the
// solution plus a few edits, and must be named as its own misconception and
// no other; each alternative is a whole correct program that must pass.
const XAVIER_BOUND = 'Math.sqrt(6 / (fanIn + fanOut))';
const XAVIER_STD = 'Math.sqrt(2 / (fanIn + fanOut))';
const HE_STD = 'RELU_GAIN / Math.sqrt(fanIn)';

export default defineVariants({
  wrong: [
    {
      name: 'he-without-gain',
      misconception: m['he-missing-relu-gain'],
      mistake: 'He with gain 1: bound √(3/fanIn), std √(1/fanIn)',
      edits: [['const RELU_GAIN = Math.SQRT2;', 'const RELU_GAIN = 1;']],
    },
    {
      name: 'he-fan-out',
      misconception: m['he-uses-fan-out'],
      mistake: 'He normal with fanOut for fanIn',
      edits: [
        [
          `  const { fanIn } = fans(shape);\n  return normal(shape, ${HE_STD}, rng);`,
          `  const { fanOut } = fans(shape);\n  return normal(shape, RELU_GAIN / Math.sqrt(fanOut), rng);`,
        ],
      ],
    },
    {
      name: 'conv-fans-without-kernel',
      misconception: m['conv-fans-ignore-receptive-field'],
      mistake: 'fans of a conv are Cin and Cout: the receptive field left out',
      edits: [['const receptiveField = shape.slice(2).reduce((a, b) => a * b, 1);', 'const receptiveField = 1;']],
    },
    {
      name: 'xavier-fan-in-only',
      misconception: m['xavier-uses-fan-in-only'],
      mistake: 'Xavier with Var = 1/fanIn (LeCun) in both Xavier initialisers',
      edits: [
        [XAVIER_BOUND, 'Math.sqrt(3 / fanIn)'],
        [XAVIER_STD, 'Math.sqrt(1 / fanIn)'],
      ],
    },
    {
      name: 'xavier-bound-sqrt-three',
      misconception: m['xavier-uniform-bound-sqrt-three'],
      mistake: 'Xavier uniform bound √(3/(fanIn + fanOut))',
      edits: [[XAVIER_BOUND, 'Math.sqrt(3 / (fanIn + fanOut))']],
    },
    {
      name: 'xavier-normal-variance-as-std',
      misconception: m['normal-std-is-variance'],
      mistake: 'xavierNormal scales z by 2/(fanIn + fanOut)',
      edits: [[XAVIER_STD, '2 / (fanIn + fanOut)']],
    },
    {
      name: 'he-normal-variance-as-std',
      misconception: m['normal-std-is-variance'],
      mistake: 'heNormal scales z by 2/fanIn',
      edits: [[HE_STD, '2 / fanIn']],
    },
    {
      name: 'uniform-from-zero',
      misconception: m['uniform-not-centred'],
      mistake: 'uniform weights a·u on [0, a)',
      edits: [['-bound + 2 * bound * rng()', 'bound * rng()']],
    },
    {
      name: 'normal-as-scaled-uniform',
      misconception: m['normal-from-uniform'],
      mistake: 'normal weights drawn as √3·σ·(2u − 1): the right variance, not a normal',
      edits: [
        [
          'std * Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng())',
          'std * Math.sqrt(3) * (2 * rng() - 1)',
        ],
      ],
    },
  ],
  alternatives: [
    {
      name: 'bound-from-std',
      difference:
        'flat loops then a reshape; the bound as gain·√3·std and w = a·(2u − 1); normals by Box–Muller filling two elements per pair of draws (cosine and sine)',
    },
    {
      name: 'polar-method',
      difference:
        "normals by Marsaglia's polar method (rejection: a variable number of draws), fans by destructuring, uniform as (u − ½)·2a",
    },
  ],
});
