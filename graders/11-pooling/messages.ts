import { defineMessages } from '../kit/toolkit';

// This kata's own sentences, in English (other languages: ./<lang>.json, "messages").
export default defineMessages('pooling', {
  'all-negative': 'on an input whose values are all negative, with padding',
  'one-window': 'with dout 0 everywhere but on window [{{n}}, {{c}}, {{i}}, {{j}}]',
  'dx-off-argmax':
    'dx[{{n}}, {{c}}, {{r}}, {{q}}] = {{got}}, but x[{{n}}, {{c}}, {{r}}, {{q}}] is not the maximum of any window: max pooling sends gradient only to each window’s maximum',
  'max-gradient-total':
    'dx of plane [{{n}}, {{c}}] sums to {{got}}, not to the sum of its dout, {{expected}}: each window hands its whole dout to one position',
  'avg-gradient-total':
    'dx of plane [{{n}}, {{c}}] sums to {{got}}, not {{expected}} = Σ dout·(real positions of the window)/(kH·kW): each window hands dout/(kH·kW) to each of its kH·kW positions, and the padded ones are dropped',
});
