import { defineMessages } from '../kit/toolkit';

// This kata's own sentences, in English (other languages: ./<lang>.json, "messages").
export default defineMessages('channel-shuffle', {
  'not-an-input-channel':
    'channelShuffle(x, {{groups}}) on {{C}} channels, each marked by values of its own: output channel {{channel}} of example {{n}} is none of the input channels of example {{n}}, but a shuffle only moves channels, unchanged',
  'channel-twice':
    'channelShuffle(x, {{groups}}) on {{C}} channels, each marked by values of its own: output channels {{first}} and {{second}} of example {{n}} are both input channel {{source}}, but a shuffle is a permutation: every input channel appears exactly once',
  'indivisible-accepted':
    '{{fn}} returned for C = {{C}} and g = {{groups}} instead of throwing an error: {{C}} channels do not split into {{groups}} groups of equal size',
  'trivial-groups': 'with g = {{groups}} on {{C}} channels (g = 1 or g = C) the shuffle moves nothing: out = x',
  'shuffled-back':
    'channelShuffle(channelShuffle(x, {{groups}}), {{inverse}}) should be x: reshaping to [N, g, C/g] and swapping the two axes is undone by reshaping to [N, C/g, g] and swapping them',
  'backward-of-shuffle':
    'channelShuffleBackward(channelShuffle(x, {{groups}}), {{groups}}) should be x: the backward of a permutation is its inverse',
  adjoint:
    '⟨channelShuffle(x, {{groups}}), y⟩ should equal ⟨x, channelShuffleBackward(y, {{groups}})⟩: the backward of a linear map is its transpose',
  'after-block-changed':
    'after input block {{block}} (channels {{first}} … {{last}}) of example 0 was given new values, out changed outside output block {{block}} (channels {{outFirst}} … {{outLast}}) of example 0',
  'one-group': 'with g = 1 a group conv is an ordinary convolution: out should be tf.conv2d’s',
  'all-groups':
    'with g = Cin = {{groups}} a group conv is a depthwise convolution: out should be tf.depthwiseConv2d’s (channel multiplier {{multiplier}})',
});
