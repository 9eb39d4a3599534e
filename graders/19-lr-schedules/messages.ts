import { defineMessages } from '../kit/toolkit';

// This kata's own sentences, in English (other languages: ./<lang>.json, "messages").
export default defineMessages('lr-schedules', {
  'over-steps': '{{fn}}(t, {{options}}) for t = 0 … {{last}}',
  'not-constant':
    'stepDecay(t, {{options}}) changed from {{before}} at t = {{t}} to {{after}} at t = {{next}}, inside one window of stepSize steps: StepLR keeps the rate until t reaches the next multiple of stepSize',
  'not-gamma':
    '{{fn}}(t, {{options}}) goes from {{before}} at t = {{t}} to {{after}} at t = {{next}}, a factor of {{ratio}}: it should be multiplied by exactly γ = {{gamma}} there',
  'not-start': '{{fn}}(0, {{options}}) is {{got}}: the schedule should start at {{expected}}',
  rises:
    'cosineDecay(t, {{options}}) rises from {{before}} at t = {{t}} to {{after}} at t = {{next}}: a cosine decay never goes up',
  'out-of-range': '{{fn}}({{t}}, {{options}}) is {{got}}, outside [{{low}}, {{high}}]',
  'not-symmetric':
    'cosineDecay(t, {{options}}): (lr({{t}}) + lr({{mirror}}))/2 = {{got}}, but half a cosine period is symmetric about T/2, so it should be (baseLr + minLr)/2 = {{expected}}',
  'not-at-floor':
    '{{fn}}({{t}}, {{options}}) is {{got}}: from t = T on the schedule should be at its floor minLr = {{expected}}',
  'not-rising':
    '{{fn}}(t, {{options}}) goes from {{before}} at t = {{t}} to {{after}} at t = {{next}}: the warmup should rise strictly while t < W',
  'not-base-from-w': '{{fn}}({{t}}, {{options}}) is {{got}}: the warmup should reach baseLr = {{expected}} at t = W',
  jump: 'warmupCosine(t, {{options}}) changes by {{change}} from t = {{t}} to t = {{next}}, more than one step of the cosine can, (baseLr − minLr)·π/(2(T − W)) = {{allowed}}: the decay should start where the warmup ends',
  'hand-value': '{{fn}}({{t}}, {{options}}) is {{got}}, but the README derives {{expected}} by hand',
  'accepted-negative-step':
    '{{fn}}({{t}}, {{options}}) returned {{got}} instead of throwing an Error: a step is an integer t ≥ 0',
  'accepted-fractional-step':
    '{{fn}}({{t}}, {{options}}) returned {{got}} instead of throwing an Error: a step is an integer t ≥ 0',
  'accepted-step-size':
    '{{fn}}({{t}}, {{options}}) returned {{got}} instead of throwing an Error: stepSize ≤ 0 has no windows to drop at',
  'accepted-total-steps':
    '{{fn}}({{t}}, {{options}}) returned {{got}} instead of throwing an Error: totalSteps ≤ 0 leaves no steps to decay over (π·t/T divides by T)',
  'accepted-no-decay-left':
    '{{fn}}({{t}}, {{options}}) returned {{got}} instead of throwing an Error: with totalSteps ≤ warmupSteps no step is left for the cosine ((t − W)/(T − W) divides by T − W)',
  'picture-title':
    'your warmupCosine, stepDecay and exponentialDecay over 50 steps (baseLr 0.1, minLr 0.01, W = 5, T = 40; stepSize 10 with γ = 0.5; γ = 0.95)',
  'picture-step': 'step t',
  'picture-warmup-cosine': 'warmupCosine',
  'picture-step-decay': 'stepDecay',
  'picture-exponential': 'exponentialDecay',
});
