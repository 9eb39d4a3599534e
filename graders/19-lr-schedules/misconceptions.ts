import { defineMisconceptions } from '../kit/toolkit';

// What each known mistake is, in the learner's terms: the one place its words
// live (CONTRIBUTING.md, step 3).
export default defineMisconceptions('lr-schedules', {
  'step-not-floored':
    'StepLR is a staircase: lr = baseLr·γ^⌊t/stepSize⌋, constant for stepSize steps and then multiplied by γ; without the floor, γ^(t/stepSize) decays smoothly at every step (an exponential decay with rate γ^(1/stepSize))',
  'step-drops-early':
    'StepLR drops at t = stepSize, 2·stepSize, …: the exponent is ⌊t/stepSize⌋, not ⌊(t + 1)/stepSize⌋, which drops one step early (at t = stepSize − 1)',
  'exponential-times-t':
    'ExponentialLR multiplies by γ at every step: lr = baseLr·γ^t (a power), not baseLr·γ·t, which starts at 0 and grows linearly',
  'cosine-no-half':
    'the cosine factor is (1 + cos(π·t/T))/2, which falls from 1 to 0; without the /2, (1 + cos) falls from 2 to 0, so the schedule starts at 2·baseLr − minLr instead of baseLr',
  'cosine-not-shifted':
    'the cosine factor is (1 + cos(π·t/T))/2, which falls from 1 to 0; cos(π·t/T) alone falls from 1 to −1, so the schedule passes minLr at T/2 and ends at 2·minLr − baseLr (negative when minLr < baseLr/2)',
  'cosine-ignores-floor':
    'cosine decay ends at the floor: lr = minLr + (baseLr − minLr)·(1 + cos(π·t/T))/2; baseLr·(1 + cos(π·t/T))/2 ignores minLr and decays to 0',
  'cosine-full-period':
    'cosine annealing is half a period: cos(π·t/T) goes from 1 to −1 as t goes from 0 to T; cos(2π·t/T) is a full period, back up to baseLr at t = T',
  'cosine-not-held':
    'after t = T the schedule stays at minLr; the closed form evaluated past T rises again (cos(π·t/T) climbs back from −1), so clamp the step: t ≥ T gives minLr',
  'warmup-cosine-no-offset':
    'the cosine after warmup starts at t = W: its progress is (t − W)/(T − W), which is 0 at t = W (lr = baseLr, no jump) and 1 at t = T; t/(T − W) starts the cosine W steps late, so the lr jumps down at t = W',
  'warmup-cosine-over-total':
    'the cosine after warmup spans the T − W remaining steps: its progress is (t − W)/(T − W); dividing by T instead never reaches 1, so the lr is still above minLr at t = T and drops to it with a jump',
  'warmup-from-one':
    "this kata follows Hugging Face's linear warmup: lr = baseLr·t/W for t < W, so the first step t = 0 has lr 0 and baseLr is reached at t = W; baseLr·(t + 1)/W is the same ramp one step early (baseLr at t = W − 1)",
});
