import { defineMessages } from '../kit/toolkit';

// This kata's own sentences, in English (other languages: ./<lang>.json, "messages").
export default defineMessages('weight-init', {
  'fans-off':
    'fans([{{shape}}]) returned fanIn = {{fanIn}}, fanOut = {{fanOut}}: the expected values are fanIn = {{wantIn}}, fanOut = {{wantOut}}',
  'not-fans': 'fans([{{shape}}]) should return an object { fanIn, fanOut } of two numbers',
  draws_one:
    '{{fn}}([{{shape}}]) drew {{count}} number from rng for {{n}} elements: a uniform initialiser draws exactly one rng() per element, {{n}} in all',
  draws_other:
    '{{fn}}([{{shape}}]) drew {{count}} numbers from rng for {{n}} elements: a uniform initialiser draws exactly one rng() per element, {{n}} in all',
  'out-of-bounds': '{{fn}}([{{shape}}]) returned {{got}}, outside [−a, a) with a = {{bound}}',
  'range-not-reached':
    '{{fn}}([{{shape}}]): the draw u = 0 should give −a = {{expected}} (w = −a + 2a·u), but the smallest weight is {{got}}',
  'mean-off':
    '{{fn}}([{{shape}}]) on a uniform rng stream ({{n}} weights): the mean is {{got}}, but E[w] = 0, and a correct initialiser stays within ±{{band}} with probability 1 − 10⁻⁶',
  'second-moment-off':
    '{{fn}}([{{shape}}]) on a uniform rng stream ({{n}} weights): the mean of w² is {{got}} = {{ratio}}× the variance {{expected}} it should have, outside the band [{{low}}, {{high}}] a correct initialiser stays in with probability 1 − 10⁻⁶',
  'share-off':
    '{{fn}}([{{shape}}]) on a uniform rng stream ({{n}} weights): {{got}} of the weights lie within one standard deviation σ = {{std}}, but a normal puts {{expected}} there, and a correct normal initialiser stays within ±{{band}} of it with probability 1 − 10⁻⁶',
  'not-reproducible':
    '{{fn}}([{{shape}}]) gave two different tensors for two rngs seeded alike: every number must come from the injected rng (never Math.random), so that the same seed gives the same weights',
  'depth-title': 'mean of y² through 30 ReLU layers of width 128, with your initialisers (log scale)',
  'depth-layer': 'layer',
  'depth-he': 'He: heNormal',
  'depth-xavier': 'Xavier: xavierNormal',
});
