import fc from 'fast-check';
import { defineGrader, property } from '../kit/toolkit';
import { adamRuns, type K, sgdRuns } from './cases';
import { expectAdamRun, expectSgdRun } from './expectRun';
import {
  expectAdamMinusAdamw,
  expectAdamwIsDecayThenAdam,
  expectFirstStep,
  expectScaleInvariance,
  expectSgdDecayDecoupled,
} from './metamorphic';
import { adamMistakes, adamwMistakes, sgdMistakes } from './mistakes';

// Every comparison is with the float64 oracle (oracle.ts says why), within
// float64Bounds: the learner's float64 run and the oracle's round
// differently, each within the bound the oracle carries for its formula.

const long = { minSteps: 20, maxSteps: 40 };

export default defineGrader<K>([
  property({
    id: 'sgd-plain',
    name: 'SGD without momentum: 20–40 steps match torch.optim.SGD, with and without weight decay',
    points: 2,
    arbitrary: sgdRuns({ momentum: 'none', ...long }),
    diagnose: sgdMistakes,
    check: expectSgdRun,
  }),
  property({
    id: 'sgd-momentum',
    name: 'SGD with momentum (b ← μb + g), with and without Nesterov: 20–40 steps and the momentum buffer match torch.optim.SGD',
    points: 3,
    arbitrary: sgdRuns({ momentum: 'some', nesterov: true, ...long }),
    diagnose: sgdMistakes,
    check: expectSgdRun,
  }),
  property({
    id: 'sgd-schedule',
    name: 'SGD with momentum under a learning rate that changes every step: p ← p − lr_t·b',
    points: 2,
    arbitrary: sgdRuns({ momentum: 'some', nesterov: true, schedule: true, minSteps: 5, maxSteps: 20 }),
    diagnose: sgdMistakes,
    check: expectSgdRun,
  }),
  property({
    id: 'sgd-l2-is-decoupled',
    name: 'plain SGD: L2 weight decay λ equals decoupled decay p·(1 − lr·λ) followed by a step without decay',
    points: 1,
    arbitrary: sgdRuns({ momentum: 'none', minSteps: 5, maxSteps: 20 }).filter((c) => c.weightDecay > 0),
    diagnose: sgdMistakes,
    check: expectSgdDecayDecoupled,
  }),
  property({
    id: 'adam-matches',
    name: 'Adam with L2 weight decay: 20–40 steps and the state { step, m, v } match torch.optim.Adam',
    points: 3,
    arbitrary: adamRuns(long),
    diagnose: adamMistakes,
    check: (kata, c) => expectAdamRun(kata, 'adamStep', c),
  }),
  property({
    id: 'adam-first-step',
    name: 'the first Adam step moves each coordinate by lr·g/(|g| + ε) ≈ lr·sign(g), for gradients from 1e-6 to 1e3',
    points: 2,
    arbitrary: adamRuns({ weightDecay: false, scales: [1e-3, 1, 100], minSteps: 1, maxSteps: 1 }),
    diagnose: adamMistakes,
    check: expectFirstStep,
  }),
  property({
    id: 'adam-scale-invariant',
    name: 'Adam with every gradient scaled by c = 2ᵏ is Adam with ε/c',
    points: 1,
    arbitrary: fc.tuple(
      adamRuns({ weightDecay: false, minSteps: 5, maxSteps: 20 }),
      fc.constantFrom(2 ** -10, 2 ** -3, 8, 2 ** 10),
    ),
    diagnose: adamMistakes,
    check: (kata, [c, scale]) => expectScaleInvariance(kata, c, scale),
  }),
  property({
    id: 'adam-resumes',
    name: 'Adam resumed from a saved state { step, m, v } takes t = step + 1 and returns it',
    points: 2,
    arbitrary: adamRuns({ resumeFrom: 1000, minSteps: 1, maxSteps: 3 }),
    diagnose: adamMistakes,
    check: (kata, c) => expectAdamRun(kata, 'adamStep', c),
  }),
  property({
    id: 'adamw-matches',
    name: 'AdamW with decoupled weight decay: 20–40 steps and the state match torch.optim.AdamW',
    points: 3,
    arbitrary: adamRuns(long),
    diagnose: adamwMistakes,
    check: (kata, c) => expectAdamRun(kata, 'adamwStep', c),
  }),
  property({
    id: 'adamw-is-decay-then-adam',
    name: 'AdamW with λ is p·(1 − lr·λ) followed by your Adam without decay; with λ = 0 it is Adam',
    points: 1,
    arbitrary: adamRuns({ minSteps: 5, maxSteps: 20 }).chain((c) => fc.constantFrom(c, { ...c, weightDecay: 0 })),
    diagnose: adamwMistakes,
    check: expectAdamwIsDecayThenAdam,
  }),
  property({
    id: 'adam-l2-differs-from-adamw',
    name: "Adam's L2 and AdamW's decoupled decay with the same λ give different runs, apart by what PyTorch's give",
    points: 1,
    arbitrary: adamRuns({ minSteps: 5, maxSteps: 20 }),
    diagnose: [...adamMistakes, ...adamwMistakes],
    check: expectAdamMinusAdamw,
  }),
]);
