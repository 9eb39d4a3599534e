import { defineMessages } from '../kit/toolkit';

// This kata's own sentences, in English (other languages: ./<lang>.json, "messages").
export default defineMessages('model-stats', {
  'not-stats': '{{call}} returned {{got}}: expected an object { outputShape, params, macs } of integers',
  'not-model-stats':
    '{{call}} returned {{got}}: expected { layers, params, macs, outputShape }, with one entry in layers per layer ({{count}})',
  'stat-off': '{{call}} gives {{what}} = {{got}}, but it is {{expected}}',
  'layer-off':
    '{{call}}.layers[{{index}}], for {{layer}} on [{{input}}], gives {{what}} = {{got}}, but it is {{expected}}',
  'total-off': '{{call}} gives {{what}} = {{got}}, but the layers add up to {{expected}}',
  'network-off': '{{call}} gives {{what}} = {{got}}: torchvision’s {{network}} has {{expected}}',
  'grouped-ratio':
    'your {{what}} for groups = {{groups}} is {{grouped}} and for groups = 1 is {{plain}}: with g groups each output reads only Cin/g channels, so grouped · g = ungrouped (here {{expected}})',
  'separable-ratio':
    'your {{what}}: standard k×k conv {{standard}}, depthwise {{depthwise}} + pointwise {{pointwise}} = {{separable}}; with Cout = {{cout}} and k² = {{k2}}, separable·Cout·k² must equal standard·(Cout + k²), i.e. {{left}} = {{right}}',
  'groups-accepted':
    'layerStats returned for {{layer}}: groups = {{groups}} does not divide inChannels = {{cin}} and outChannels = {{cout}}, so the layer cannot be built — throw an Error',
  'mismatch-accepted':
    'layerStats returned for a residual block whose body ends in [{{body}}] and whose shortcut ends in [{{shortcut}}]: tensors of different shapes cannot be added — throw an Error',
});
