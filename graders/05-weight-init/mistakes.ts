import { mistake, probe } from '../kit/toolkit';
import { drawCases, type K } from './cases';
import { runFans, runInit } from './learner';
import m from './misconceptions';
import { type Case, type InitFn, normalSlipped, type Slip, uniformSlipped } from './oracle';

// What code with each mistake returns, for confirmMistakes to hold the
// learner's own code against. Two probes: fans with the uniform
// initialisers (exact under the documented draw), and the normal ones under
// the Box–Muller layout the stub recommends, so that a learner with another
// correct normal sampler is still diagnosed for a uniform mistake. Every
// prediction names all the outputs of its probe, so that two mistakes that
// agree on one of them are told apart; a mistake a learner may make in one
// initialiser or in both has a prediction for each.

const uniforms = probe<K, Case>({
  cases: drawCases,
  observe: (kata, c) => {
    const { fanIn, fanOut } = runFans(kata, c.shape);
    return {
      fanIn,
      fanOut,
      xavierUniform: runInit(kata, 'xavierUniform', c).weights,
      heUniform: runInit(kata, 'heUniform', c).weights,
    };
  },
  truth: (c) => uniformSlipped(c),
});

const normals = probe<K, Case>({
  cases: drawCases,
  observe: (kata, c) => ({
    xavierNormal: runInit(kata, 'xavierNormal', c).weights,
    heNormal: runInit(kata, 'heNormal', c).weights,
  }),
  truth: (c) => normalSlipped(c),
});

type Name = keyof typeof m;
const onUniforms = (name: Name, slip: Slip) => mistake(uniforms, m[name], (c) => uniformSlipped(c, slip));
const onNormals = (name: Name, slip: Slip) => mistake(normals, m[name], (c) => normalSlipped(c, slip));

/** One prediction per non-empty subset of the two initialisers a mistake can be made in. */
const eitherOrBoth = (pair: readonly [InitFn, InitFn]): InitFn[][] => [[pair[0]], [pair[1]], [...pair]];

const heWithoutGain = ({ fanIn }: { fanIn: number }) => 1 / fanIn;
const heFanOut = ({ fanOut }: { fanOut: number }) => 2 / fanOut;
const lecun = ({ fanIn }: { fanIn: number }) => 1 / fanIn;

export const mistakes = [
  onUniforms('he-missing-relu-gain', { variance: { heUniform: heWithoutGain } }),
  onNormals('he-missing-relu-gain', { variance: { heNormal: heWithoutGain } }),
  onUniforms('he-uses-fan-out', { variance: { heUniform: heFanOut } }),
  onNormals('he-uses-fan-out', { variance: { heNormal: heFanOut } }),
  onUniforms('conv-fans-ignore-receptive-field', { noReceptiveField: true }),
  onNormals('conv-fans-ignore-receptive-field', { noReceptiveField: true }),
  onUniforms('xavier-uses-fan-in-only', { variance: { xavierUniform: lecun } }),
  onNormals('xavier-uses-fan-in-only', { variance: { xavierNormal: lecun } }),
  onUniforms('xavier-uniform-bound-sqrt-three', {
    variance: { xavierUniform: ({ fanIn, fanOut }) => 1 / (fanIn + fanOut) },
  }),
  ...eitherOrBoth(['xavierNormal', 'heNormal']).map((fns) =>
    onNormals('normal-std-is-variance', { stdIsVariance: fns }),
  ),
  ...eitherOrBoth(['xavierUniform', 'heUniform']).map((fns) => onUniforms('uniform-not-centred', { notCentred: fns })),
  ...eitherOrBoth(['xavierNormal', 'heNormal']).map((fns) =>
    onNormals('normal-from-uniform', { uniformForNormal: fns }),
  ),
];
