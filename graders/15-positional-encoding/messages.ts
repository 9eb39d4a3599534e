import { defineMessages } from '../kit/toolkit';

// This kata's own sentences, in English (other languages: ./<lang>.json, "messages").
export default defineMessages('positional-encoding', {
  'odd-d-accepted':
    'sinusoidalEncoding({{length}}, {{d}}) returned instead of throwing an error: with an odd d the last sin has no cos to pair with',
  'after-shift':
    'PE(pos + k) should be PE(pos) with each pair (sin, cos) turned by k·θ_i, the same map at every pos; here pos = {{pos}}, k = {{k}}',
  'pair-norm': 'ropeRotate should keep the length of every pair (x[r][2i], x[r][2i + 1]), as a rotation does',
  'row-norm': 'ropeRotate should keep the length of every row x[r], as a rotation does',
  'after-offset':
    'q_m·k_n should depend only on m − n: the score with q at m = {{m}} and k at n = {{n}} changed when both moved by {{offset}}',
  'round-trip':
    'ropeBackward(ropeRotate(x, positions), positions) should give back x: the transpose of a rotation is its inverse',
  'at-position-zero': 'at position 0 every angle is 0, so ropeRotate should return x unchanged',
  'heatmap-title': 'your sinusoidalEncoding(48, 32): one row per position, one column per dimension',
  'heatmap-position': 'position',
  'heatmap-dimension': 'dimension',
  'score-title': 'the score q_m·k_n of your ropeRotate with q = k = all ones (d = 64), against the distance m − n',
  'score-distance': 'm − n',
  'score-series': 'q_m·k_n',
});
