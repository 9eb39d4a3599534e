import { defineVariants } from '../kit/toolkit';
import m from './misconceptions';

// The proof of this grader (CONTRIBUTING.md, step 8): each wrong variant is
// the solution plus one edit and must be named as its own misconception and
// no other; each alternative is a whole correct program that must pass.
export default defineVariants({
  wrong: [
    {
      name: 'step-not-floored',
      misconception: m['step-not-floored'],
      mistake: 'γ^(t/stepSize): a smooth decay, not a staircase',
      edits: [['gamma ** Math.floor(t / stepSize)', 'gamma ** (t / stepSize)']],
    },
    {
      name: 'step-drops-early',
      misconception: m['step-drops-early'],
      mistake: 'γ^⌊(t + 1)/stepSize⌋: each drop one step early',
      edits: [['Math.floor(t / stepSize)', 'Math.floor((t + 1) / stepSize)']],
    },
    {
      name: 'exponential-times-t',
      misconception: m['exponential-times-t'],
      mistake: 'baseLr·γ·t for baseLr·γ^t',
      edits: [['return baseLr * gamma ** t;', 'return baseLr * gamma * t;']],
    },
    {
      name: 'cosine-no-half',
      misconception: m['cosine-no-half'],
      mistake: 'minLr + (baseLr − minLr)·(1 + cos(π·t/T)), the /2 left out',
      edits: [['(1 + Math.cos(Math.PI * p))) / 2;', '(1 + Math.cos(Math.PI * p)));']],
    },
    {
      name: 'cosine-not-shifted',
      misconception: m['cosine-not-shifted'],
      mistake: 'minLr + (baseLr − minLr)·cos(π·t/T)',
      edits: [['((baseLr - minLr) * (1 + Math.cos(Math.PI * p))) / 2;', '(baseLr - minLr) * Math.cos(Math.PI * p);']],
    },
    {
      name: 'cosine-ignores-floor',
      misconception: m['cosine-ignores-floor'],
      mistake: 'baseLr·(1 + cos(π·t/T))/2: decays to 0',
      edits: [['return minLr + ((baseLr - minLr) *', 'return ((baseLr) *']],
    },
    {
      name: 'cosine-full-period',
      misconception: m['cosine-full-period'],
      mistake: 'cos(2π·t/T): back up to baseLr at t = T',
      edits: [['Math.cos(Math.PI * p)', 'Math.cos(2 * Math.PI * p)']],
    },
    {
      name: 'cosine-not-held',
      misconception: m['cosine-not-held'],
      mistake: 'the closed form past T, rising again',
      edits: [
        ['halfCosine(Math.min(t, totalSteps) / totalSteps,', 'halfCosine(t / totalSteps,'],
        ['halfCosine((Math.min(t, totalSteps) - warmupSteps)', 'halfCosine((t - warmupSteps)'],
      ],
    },
    {
      name: 'warmup-cosine-no-offset',
      misconception: m['warmup-cosine-no-offset'],
      mistake: 'the cosine over t/(T − W): starts W steps late, a jump at t = W',
      edits: [
        [
          '(Math.min(t, totalSteps) - warmupSteps) / (totalSteps - warmupSteps)',
          'Math.min(t, totalSteps) / (totalSteps - warmupSteps)',
        ],
      ],
    },
    {
      name: 'warmup-cosine-over-total',
      misconception: m['warmup-cosine-over-total'],
      mistake: 'the cosine over (t − W)/T: not at minLr by t = T',
      edits: [['/ (totalSteps - warmupSteps), baseLr, minLr)', '/ totalSteps, baseLr, minLr)']],
    },
    {
      name: 'warmup-from-one',
      misconception: m['warmup-from-one'],
      mistake: 'baseLr·(t + 1)/W: the ramp one step early',
      edits: [['(baseLr * t) / warmupSteps', '(baseLr * (t + 1)) / warmupSteps']],
    },
  ],
  alternatives: [
    {
      name: 'loops',
      difference:
        'powers by loops: step decay multiplies γ in at each boundary it passes, exponential decay once per step; the cosine as (baseLr + minLr)/2 + (baseLr − minLr)/2·cos(π·t/T); checks written as guards',
    },
    {
      name: 'progress',
      difference:
        'every decay as a function of a progress p ∈ [0, 1] clamped once; the cosine factor as cos²(π·p/2) (the half-angle identity); powers as exp(k·log γ); warmupCosine as one piecewise expression',
    },
  ],
});
