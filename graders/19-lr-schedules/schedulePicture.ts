import { callLearner, picture } from '../kit/toolkit';
import type { K } from './cases';
import text from './messages';

// The three shapes a learner would rather see than read, from their own
// functions on one configuration: warmup into a cosine, a staircase, a
// smooth exponential, over the 50 steps t = 0 … 49.

export const STEPS = 50;
export const PICTURE = {
  baseLr: 0.1,
  minLr: 0.01,
  warmupSteps: 5,
  totalSteps: 40,
  stepSize: 10,
  stepGamma: 0.5,
  gamma: 0.95,
};

const over = (lr: (t: number) => number): number[] => Array.from({ length: STEPS }, (_, t) => lr(t));

export const schedulePicture = picture<K>({
  id: 'schedules',
  title: text['picture-title'](),
  draw: (kata) => {
    const { baseLr, minLr, warmupSteps, totalSteps, stepSize, stepGamma, gamma } = PICTURE;
    return {
      x: Array.from({ length: STEPS }, (_, t) => t),
      xLabel: text['picture-step'](),
      series: [
        {
          name: text['picture-warmup-cosine'](),
          values: over((t) =>
            callLearner(kata, 'warmupCosine', { t, options: { baseLr, minLr, warmupSteps, totalSteps } }),
          ),
        },
        {
          name: text['picture-step-decay'](),
          values: over((t) => callLearner(kata, 'stepDecay', { t, options: { baseLr, stepSize, gamma: stepGamma } })),
        },
        {
          name: text['picture-exponential'](),
          values: over((t) => callLearner(kata, 'exponentialDecay', { t, options: { baseLr, gamma } })),
        },
      ],
    };
  },
});
