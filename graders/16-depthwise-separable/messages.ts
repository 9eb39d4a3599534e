import { defineMessages } from '../kit/toolkit';

// This kata's own sentences, in English (other languages: ./<lang>.json, "messages").
export default defineMessages('depthwise-separable', {
  'after-channel-changed':
    'after channel {{channel}} of example 0 of x was given new values, out changed outside channel {{channel}} of example 0',
  'as-pixel-images':
    'with each of the {{pixels}} pixels of x given as its own 1×1 image (x reshaped to [{{pixels}}, C, 1, 1]), the out of pixel (n, i, j) differs from out[n][·][i][j] of the whole image',
  'count-not-integer': '{{fn}} returned {{what}} = {{got}} for {{question}}: a count is a whole number',
  'ratio-not-exact':
    'the ratio of your counts for {{question}} is not 1/Cout + 1/k²: separableCost gives {{what}} = {{separable}} and standardCost {{standard}}, so {{separable}}·Cout·k² = {{left}} but {{standard}}·(Cout + k²) = {{right}}',
});
