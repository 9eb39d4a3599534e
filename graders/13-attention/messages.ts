import { defineMessages } from '../kit/toolkit';

// This kata's own sentences, in English (other languages: ./<lang>.json, "messages").
export default defineMessages('attention', {
  row: 'row {{i}} (batch {{b}}, head {{h}})',
  'not-an-object': 'attentionForward returned {{value}}; it should return { out, weights, cache }',
  'row-all-hidden': '{{inner}}; every key of {{row}} is hidden',
  'rows-sum': 'weights in {{row}} do not sum to 1: they sum to {{total}}',
  'hidden-row-uniform':
    'weights[{{b}}][{{h}}][{{i}}][{{j}}] is {{got}}, but every key of {{row}} is hidden, so the row is uniform: 1/{{Sk}} = {{expected}}',
  'hidden-key-weight':
    'weights[{{b}}][{{h}}][{{i}}][{{j}}] is {{got}}, but key {{j}} is hidden from query {{i}} (mask[{{b}}][{{h}}][{{i}}][{{j}}] = 0) and must get weight 0',
  'after-shuffling-keys':
    'after shuffling the keys by [{{perm}}] (the rows of K and V and the columns of the mask together), out changed',
  'after-shuffling-queries':
    "after shuffling the queries by [{{perm}}] (the rows of Q and of the mask), out's rows did not move the same way",
});
