import { defineMessages } from '../kit/toolkit';

// This kata's own sentences, in English (other languages: ./<lang>.json, "messages").
export default defineMessages('multi-head-attention', {
  'not-an-object': 'mhaForward returned {{value}}; it should return { out, weights, cache }',
  'rows-sum': 'the weights of row {{i}} (batch {{n}}, head {{h}}) do not sum to 1: they sum to {{total}}',
  'after-changing-future':
    'with causal = true, after changing key and value at every position after {{t}}, out changed at or before position {{t}}',
  'diagonal-hidden':
    'with causal = true, changing value at position {{t}} left out[{{n}}][{{t}}] unchanged: query {{t}} must see key {{t}} itself (keys j ≤ i are visible)',
  'after-permuting-heads':
    'after permuting the heads by [{{perm}}] (the blocks of rows of W_q, W_k, W_v and their biases, and the blocks of columns of W_o), out changed',
  'not-divisible-accepted':
    'mhaForward accepted d_model = {{d}} with heads = {{heads}}: d_model must be divisible by heads, so throw an Error',
  'heads-title': 'attention weights of each head (your mhaForward: 4 heads, 6 tokens, causal)',
  'heads-query': 'query',
  'heads-key': 'key',
  'heads-panel': 'head {{h}}',
});
