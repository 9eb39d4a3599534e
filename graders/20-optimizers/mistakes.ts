import { tensor64 } from '../kit/tensor';
import { mistake, type Probe, probe } from '../kit/toolkit';
import { type AdamRun, adamRuns, type K, type SgdRun, sgdRuns } from './cases';
import { type AdamFn, adamOptions, field, runAdam, runSgd, sgdOptions } from './learner';
import m from './misconceptions';
import { type AdamMistakes, adamWith, sgdWith } from './mistakenRuns';
import { adam64, sgd64 } from './oracle';

// What code with each mistake returns, for confirmMistakes to hold the
// learner's own code against. The probes run a few steps with
// hyperparameters exact in binary (β2 = 1 − 2⁻¹⁰ rather than 0.999), where
// the float32 bounds that confirmMistakes measures separation in stay small.

const sgdProbe = probe<K, SgdRun>({
  cases: sgdRuns({ momentum: 'any', nesterov: true, schedule: true, minSteps: 2, maxSteps: 8 }),
  observe: (kata, c) => {
    const { params, state } = runSgd(kata, c);
    return { params, momentumBuffer: field(state, 'momentumBuffer') };
  },
  truth: (c) => sgd64(c),
});

const adamProbe = (fn: AdamFn): Probe<K, AdamRun> =>
  probe<K, AdamRun>({
    cases: adamRuns({ exact: true, minSteps: 1, maxSteps: 6 }),
    observe: (kata, c) => {
      const { params, state } = runAdam(kata, fn, c);
      return { params, m: field(state, 'm'), v: field(state, 'v') };
    },
    truth: (c) => adam64(c, { decoupled: fn === 'adamwStep' }),
  });

/** One step called directly, not through callLearner: what it did to the caller's params is the observation. */
const inPlace = (fn: 'sgdStep' | AdamFn) =>
  probe<K, SgdRun & AdamRun>({
    cases: adamRuns({ exact: true, minSteps: 1, maxSteps: 1 }).map((c) => ({
      ...c,
      momentum: 0.5,
      nesterov: false,
      state: { ...c.state, momentumBuffer: c.state.m },
    })),
    observe: (kata, c) => {
      const params = [...c.params];
      const state = structuredClone(c.state);
      if (fn === 'sgdStep') kata.sgdStep(params, [...c.grads[0]], state, sgdOptions(c, 0));
      else kata[fn](params, [...c.grads[0]], state, adamOptions(c, 0));
      return { params };
    },
    truth: (c) => ({ params: tensor64(c.params) }),
  });

const inPlaceMistake = (fn: 'sgdStep' | AdamFn) =>
  mistake(inPlace(fn), m['updates-in-place'], (c) => ({
    params:
      fn === 'sgdStep'
        ? sgdWith(c, {}).params[0]
        : adamWith(c, { decay: fn === 'adamStep' ? 'l2' : 'decoupled' }).params[0],
  }));

const sgd = sgdProbe;
export const sgdMistakes = [
  mistake(sgd, m['momentum-dampened'], (c) => sgdWith(c, { dampened: true })),
  mistake(sgd, m['decay-sign'], (c) => sgdWith(c, { decaySign: -1 })),
  mistake(sgd, m['momentum-velocity-form'], (c) => sgdWith(c, { velocity: true })),
  inPlaceMistake('sgdStep'),
];

/** ε near √v̂ (gradients of ±1 against ε of 0.25 and 1): where its placement shows. */
const epsCases = adamRuns({ exact: true, eps: [0.25, 1], scales: [0.1], minSteps: 1, maxSteps: 6 });

/** Mistakes of the Adam update itself, which Adam and AdamW share. */
function updateMistakes(on: Probe<K, AdamRun>, decay: AdamMistakes['decay']) {
  return [
    mistake(on, m['no-bias-correction'], (c) => adamWith(c, { decay, noBiasCorrection: true })),
    mistake(on, m['bias-correction-off-by-one'], (c) => adamWith(c, { decay, biasOffByOne: true })),
    mistake(on, m['eps-inside-sqrt'], (c) => adamWith(c, { decay, epsInside: true }), epsCases),
    mistake(on, m['v-from-gradient'], (c) => adamWith(c, { decay, vFromG: true })),
  ];
}

const adam = adamProbe('adamStep');
export const adamMistakes = [
  ...updateMistakes(adam, 'l2'),
  mistake(adam, m['adam-decay-decoupled'], (c) => adamWith(c, { decay: 'decoupled' })),
  inPlaceMistake('adamStep'),
];

const adamw = adamProbe('adamwStep');
export const adamwMistakes = [
  ...updateMistakes(adamw, 'decoupled'),
  mistake(adamw, m['adamw-as-l2'], (c) => adamWith(c, { decay: 'l2' })),
  mistake(adamw, m['adamw-decay-without-lr'], (c) => adamWith(c, { decay: 'no-lr' })),
  mistake(adamw, m['adamw-decay-after-update'], (c) => adamWith(c, { decay: 'after' })),
  inPlaceMistake('adamwStep'),
];
