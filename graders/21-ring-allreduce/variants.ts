import { defineVariants } from '../kit/toolkit/defineVariants';

export default defineVariants([
  {
    name: 'wrong-allgather-sends-own-chunk',
    mistake: 'all-gather reuses the reduce-scatter formula (r − t) and starts from a chunk that is not reduced',
    message: /all-gather starts with the chunk the worker just finished reducing/,
  },
  {
    name: 'wrong-reduce-scatter-only',
    mistake: 'stops after reduce-scatter: each worker has only its own chunk fully reduced',
    message: /all-gather missing/,
  },
  {
    name: 'wrong-sends-whole-buffer',
    mistake: 'every message carries the whole buffer instead of one chunk',
    message: /sends the whole buffer/,
  },
  {
    name: 'wrong-chunks-drop-remainder',
    mistake: 'chunks of ⌊L/N⌋ elements: the tail L mod N elements are never reduced',
    message: /drop the remainder/,
  },
  {
    name: 'wrong-2n-steps',
    mistake: 'both phases loop N times instead of N − 1',
    message: /2N steps instead of 2\(N − 1\)/,
  },
  {
    name: 'wrong-adds-into-sent-chunk',
    mistake: 'adds the received values into the chunk it just sent (r − s) instead of the received one (r − s − 1)',
    message: /forwarded only its own part of chunk/,
  },
  {
    name: 'wrong-last-chunk-takes-remainder',
    mistake:
      'the last chunk takes the whole remainder: right sums, but every step waits on a chunk up to N − 1 elements bigger',
    message: /the last chunk takes the whole remainder/,
  },
  { name: 'alt-remainder-on-last-chunks', difference: 'the last L mod N chunks get the extra element' },
  {
    name: 'alt-start-at-next-chunk',
    difference: 'worker r starts by sending chunk r + 1 (and owns chunk r + 2 after reduce-scatter)',
  },
  {
    name: 'alt-schedule-table',
    difference: 'an explicit per-step (send, receive, reduce) table; chunk c = [⌊cL/N⌋, ⌊(c+1)L/N⌋)',
  },
]);
