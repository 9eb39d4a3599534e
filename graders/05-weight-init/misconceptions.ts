import { defineMisconceptions } from '../kit/toolkit';

// What each known mistake is, in the learner's terms: the one place its words live.
export default defineMisconceptions('weight-init', {
  'he-missing-relu-gain':
    'He/Kaiming is missing the ReLU gain √2: a ReLU zeroes half of its input, which halves the second moment, so the weights need Var(w) = 2/fanIn (std √(2/fanIn), uniform bound √(6/fanIn) = √2·√(3/fanIn)); with Var(w) = 1/fanIn the activations halve at every layer, exactly as with Xavier',
  'he-uses-fan-out':
    'He/Kaiming uses fanOut where PyTorch\'s default mode="fan_in" uses fanIn: Var(w) = 2/fanIn keeps the variance of the forward activations (each output sums fanIn inputs); 2/fanOut would preserve the backward gradients instead, and differs whenever the layer is not square',
  'conv-fans-ignore-receptive-field':
    "the conv fans leave out the receptive field: every output of a [Cout, Cin, kH, kW] convolution sums Cin·kH·kW inputs, so fanIn = Cin·kH·kW and fanOut = Cout·kH·kW (as PyTorch's _calculate_fan_in_and_fan_out); Cin and Cout alone make a 3×3 conv's weights 3 times too large",
  'xavier-uses-fan-in-only':
    'Xavier/Glorot uses fanIn alone: Glorot and Bengio average the forward and the backward conditions, Var(w) = 2/(fanIn + fanOut) (std √(2/(fanIn + fanOut)), uniform bound √(6/(fanIn + fanOut))); 1/fanIn is LeCun initialisation',
  'xavier-uniform-bound-sqrt-three':
    'the Xavier uniform bound is √(3/(fanIn + fanOut)), half the variance it should have: U(−a, a) has variance a²/3, so Var(w) = 2/(fanIn + fanOut) needs a = √3·√(2/(fanIn + fanOut)) = √(6/(fanIn + fanOut))',
  'normal-std-is-variance':
    'the normal initialiser scales by the variance instead of the standard deviation: N(0, σ²) is σ·z with σ = √Var, so Xavier uses σ = √(2/(fanIn + fanOut)) and He σ = √(2/fanIn); multiplying z by 2/fanIn gives a variance of (2/fanIn)², far too small',
  'uniform-not-centred':
    'the uniform draw is on [0, a) instead of [−a, a): the weights must have mean 0, so w = −a + 2a·u (a + (b − a)·u with the interval [−a, a)); a·u has mean a/2 and a quarter of the variance',
  'normal-from-uniform':
    'the "normal" initialiser draws a uniform with the right variance: its variance matches, but its shape does not (no tails, 57.7% of the weights within one σ instead of 68.3%); draw a genuine standard normal z (Box–Muller: √(−2 ln(1 − u₁))·cos(2π·u₂)) and return σ·z',
});
