import fc from 'fast-check';
import { defineGrader, property } from '../kit/toolkit';
import { handValues, invalidCalls, type K, schedules, warmups } from './cases';
import { expectCosineShape } from './expectCosineShape';
import { expectFloor } from './expectFloor';
import { expectGeometric } from './expectGeometric';
import { expectHandValue } from './expectHandValue';
import { expectJoint } from './expectJoint';
import { expectRange } from './expectRange';
import { expectRefused } from './expectRefused';
import { expectSchedule } from './expectSchedule';
import { expectStaircase } from './expectStaircase';
import { expectWarmupRise } from './expectWarmupRise';
import { learnerValues } from './learner';
import {
  cosineMistakes,
  exponentialMistakes,
  mistakesOf,
  stepMistakes,
  warmupCosineMistakes,
  warmupMistakes,
} from './mistakes';
import { schedulePicture } from './schedulePicture';

// Values against the float64 oracle of each documented formula, then each
// schedule's shape on its own (a staircase, a constant ratio, a symmetric
// cosine held at its floor, a warmup that rises into the decay without a
// jump), each relation within the oracle's bound of the same expression.

// Fixed tables, checked whole in one run: nothing to draw.
const everyHandValue = fc.constant(handValues);
const everyInvalidCall = fc.constant(invalidCalls);
const allMistakes = Object.values(mistakesOf).flat();

export default defineGrader<K>(
  [
    property({
      id: 'step-decay-values',
      name: 'stepDecay is baseLr·γ^⌊t/stepSize⌋ at every step',
      points: 2,
      arbitrary: schedules,
      diagnose: stepMistakes,
      check: (kata, c) => void expectSchedule(kata, 'stepDecay', c),
    }),
    property({
      id: 'step-decay-staircase',
      name: 'stepDecay starts at baseLr, stays constant within a window and is multiplied by exactly γ where t reaches a multiple of stepSize',
      points: 2,
      arbitrary: schedules,
      diagnose: stepMistakes,
      check: expectStaircase,
    }),
    property({
      id: 'exponential-values',
      name: 'exponentialDecay is baseLr·γ^t at every step',
      points: 1,
      arbitrary: schedules,
      diagnose: exponentialMistakes,
      check: (kata, c) => void expectSchedule(kata, 'exponentialDecay', c),
    }),
    property({
      id: 'exponential-ratio',
      name: 'exponentialDecay starts at baseLr and lr(t + 1) = γ·lr(t) at every step',
      points: 1,
      arbitrary: schedules,
      diagnose: exponentialMistakes,
      check: expectGeometric,
    }),
    property({
      id: 'cosine-values',
      name: 'cosineDecay is minLr + (baseLr − minLr)·(1 + cos(π·t/T))/2 up to T, minLr after',
      points: 2,
      arbitrary: schedules,
      diagnose: cosineMistakes,
      check: (kata, c) => void expectSchedule(kata, 'cosineDecay', c),
    }),
    property({
      id: 'cosine-shape',
      name: 'cosineDecay starts at baseLr, never rises, stays within [minLr, baseLr] and is symmetric about T/2: (lr(t) + lr(T − t))/2 = (baseLr + minLr)/2',
      points: 2,
      arbitrary: schedules,
      diagnose: cosineMistakes,
      check: expectCosineShape,
    }),
    property({
      id: 'cosine-floor',
      name: 'cosineDecay reaches minLr at t = T and stays there',
      points: 1,
      arbitrary: schedules,
      diagnose: cosineMistakes,
      check: (kata, c) => expectFloor(kata, 'cosineDecay', c),
    }),
    property({
      id: 'warmup-values',
      name: 'linearWarmup is baseLr·t/W for t < W, then baseLr',
      points: 1,
      arbitrary: schedules,
      diagnose: warmupMistakes,
      check: (kata, c) => void expectSchedule(kata, 'linearWarmup', c),
    }),
    property({
      id: 'warmup-rises',
      name: 'linearWarmup starts at 0 and rises strictly to baseLr at t = W',
      points: 1,
      arbitrary: warmups,
      diagnose: warmupMistakes,
      check: (kata, c) => expectWarmupRise('linearWarmup', learnerValues(kata, 'linearWarmup', c), c),
    }),
    property({
      id: 'warmup-cosine-values',
      name: 'warmupCosine is the warmup, then the cosine over p = (t − W)/(T − W), then minLr',
      points: 2,
      arbitrary: schedules,
      diagnose: warmupCosineMistakes,
      check: (kata, c) => void expectSchedule(kata, 'warmupCosine', c),
    }),
    property({
      id: 'warmup-cosine-joins',
      name: 'warmupCosine rises strictly to baseLr at t = W, steps into the decay no further than the cosine’s slope allows, and reaches minLr at t = T',
      points: 2,
      arbitrary: warmups,
      diagnose: warmupCosineMistakes,
      check: expectJoint,
    }),
    property({
      id: 'warmup-cosine-range',
      name: 'warmupCosine stays within [0, baseLr] during the warmup and within [minLr, baseLr] after',
      points: 1,
      arbitrary: schedules,
      diagnose: warmupCosineMistakes,
      check: expectRange,
    }),
    property({
      id: 'hand-derived-values',
      name: 'the values derived by hand in the README (cosine at T/2 is (baseLr + minLr)/2, …)',
      points: 1,
      arbitrary: everyHandValue,
      numRuns: 1,
      diagnose: allMistakes,
      check: (kata, table) => {
        for (const h of table) expectHandValue(kata, h);
      },
    }),
    property({
      id: 'invalid-arguments-throw',
      name: 'a negative or fractional t, stepSize ≤ 0, totalSteps ≤ 0 and totalSteps ≤ warmupSteps each throw an Error',
      points: 1,
      arbitrary: everyInvalidCall,
      numRuns: 1,
      diagnose: [],
      check: (kata, calls) => {
        for (const call of calls) expectRefused(kata, call);
      },
    }),
  ],
  { pictures: [schedulePicture] },
);
