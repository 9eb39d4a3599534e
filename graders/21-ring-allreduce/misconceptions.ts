import { defineMisconceptions } from '../kit/toolkit';

// What each known mistake is, in the learner's terms: the one place its words live.
export default defineMisconceptions('ring-allreduce', {
  'allgather-sends-own-chunk':
    'all-gather starts from a chunk that is not reduced: after reduce-scatter worker r holds chunk (r + 1) mod N fully reduced (the one it received at the last reduce-scatter step), so all-gather step t sends chunk (r + 1 − t) mod N, not the reduce-scatter formula (r − t) mod N',
  'reduce-scatter-only':
    'all-gather missing: after reduce-scatter (N − 1 steps) each worker holds only one chunk fully reduced; N − 1 more steps must pass the reduced chunks around the ring, each worker copying the one it receives, so every worker ends with all of them',
  'sends-whole-buffer':
    'every message carries the whole buffer: a ring step sends one chunk, values = buffer.slice(start, end) with [start, end) = chunkBounds(L, N, chunk), so each worker moves 2(N − 1)/N of the buffer instead of 2(N − 1) buffers',
  'chunks-drop-remainder':
    'chunks of ⌊L/N⌋ elements drop the remainder: they cover only N·⌊L/N⌋ of the L elements, and the last L mod N are never reduced — give L mod N of the chunks one extra element (or make chunks ⌈L/N⌉ long and clamp the last ones to L)',
  '2n-steps':
    "each phase loops N times instead of N − 1: after N − 1 hops a chunk has visited all N workers, so one more reduce-scatter step adds a worker's part twice and the ring takes 2N steps instead of 2(N − 1)",
  'adds-into-sent-chunk':
    'reduce-scatter adds the received values into the chunk just sent, (r − s) mod N, instead of the chunk received, (r − s − 1) mod N: place them at chunkBounds(L, N, received.chunk), the chunk the message names',
  'last-chunk-takes-remainder':
    'the last chunk takes the whole remainder: it has ⌊L/N⌋ + L mod N elements, and every ring step waits for the biggest chunk — spread the remainder so that no chunk has more than ⌈L/N⌉ elements',
});
