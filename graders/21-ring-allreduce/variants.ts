import { defineVariants } from '../kit/toolkit';
import m from './misconceptions';

// The proof of this grader (CONTRIBUTING.md): each wrong variant is the
// solution plus one edit, and must be named as its own misconception and no
// other; each alternative is a whole correct program that must pass.
const CHUNK_BOUNDS = `  // The first length mod size chunks get one extra element.
  const base = Math.floor(length / size);
  const extra = length % size;
  const start = chunk * base + Math.min(chunk, extra);
  return [start, start + base + (chunk < extra ? 1 : 0)];`;

const ALL_GATHER = `  // All-gather: this worker now holds chunk (rank + 1) fully reduced; pass
  // the reduced chunks on, copying each one received.
  for (let s = 0; s < size - 1; s++) {
    const received = yield send(mod(rank + 1 - s, size));
    const [start, end] = bounds(received.chunk);
    for (let i = start; i < end; i++) acc[i] = received.values[i - start];
  }
`;

export default defineVariants({
  wrong: [
    {
      name: 'allgather-sends-own-chunk',
      misconception: m['allgather-sends-own-chunk'],
      mistake: 'all-gather reuses the reduce-scatter formula (r − t) and starts from a chunk that is not reduced',
      edits: [['yield send(mod(rank + 1 - s, size))', 'yield send(mod(rank - s, size))']],
    },
    {
      name: 'reduce-scatter-only',
      misconception: m['reduce-scatter-only'],
      mistake: 'stops after reduce-scatter: each worker has only its own chunk fully reduced',
      edits: [[ALL_GATHER, '']],
    },
    {
      name: 'sends-whole-buffer',
      misconception: m['sends-whole-buffer'],
      mistake: 'every message carries the whole buffer; the receiver reads the named chunk at its absolute indices',
      edits: [
        [
          '    const [start, end] = bounds(chunk);\n    return { chunk, values: acc.slice(start, end) };',
          '    return { chunk, values: [...acc] };',
        ],
        ['acc[i] += received.values[i - start]', 'acc[i] += received.values[i]'],
        ['acc[i] = received.values[i - start]', 'acc[i] = received.values[i]'],
      ],
    },
    {
      name: 'chunks-drop-remainder',
      misconception: m['chunks-drop-remainder'],
      mistake: 'chunks of ⌊L/N⌋ elements: the tail L mod N elements are never reduced',
      edits: [
        [CHUNK_BOUNDS, '  const base = Math.floor(length / size);\n  return [chunk * base, (chunk + 1) * base];'],
      ],
    },
    {
      name: '2n-steps',
      misconception: m['2n-steps'],
      mistake: 'both phases loop N times instead of N − 1',
      edits: [
        [
          'for (let s = 0; s < size - 1; s++) {\n    const received = yield send(mod(rank - s, size));',
          'for (let s = 0; s < size; s++) {\n    const received = yield send(mod(rank - s, size));',
        ],
        [
          'for (let s = 0; s < size - 1; s++) {\n    const received = yield send(mod(rank + 1 - s, size));',
          'for (let s = 0; s < size; s++) {\n    const received = yield send(mod(rank + 1 - s, size));',
        ],
      ],
    },
    {
      name: 'adds-into-sent-chunk',
      misconception: m['adds-into-sent-chunk'],
      mistake: 'adds the received values into the chunk it just sent (r − s) instead of the received one (r − s − 1)',
      edits: [
        [
          'const [start, end] = bounds(received.chunk);\n    for (let i = start; i < end; i++) acc[i] +=',
          'const [start, end] = bounds(mod(rank - s, size));\n    for (let i = start; i < end; i++) acc[i] +=',
        ],
      ],
    },
    {
      name: 'last-chunk-takes-remainder',
      misconception: m['last-chunk-takes-remainder'],
      mistake:
        'the last chunk takes the whole remainder: right sums, but every step waits on a chunk up to N − 1 elements bigger',
      edits: [
        [
          CHUNK_BOUNDS,
          '  const base = Math.floor(length / size);\n  return [chunk * base, chunk === size - 1 ? length : (chunk + 1) * base];',
        ],
      ],
    },
  ],
  alternatives: [
    {
      name: 'remainder-on-last-chunks',
      difference: 'the last L mod N chunks get the extra element',
      edits: [
        [
          `  // The first length mod size chunks get one extra element.
  const base = Math.floor(length / size);
  const extra = length % size;
  const start = chunk * base + Math.min(chunk, extra);
  return [start, start + base + (chunk < extra ? 1 : 0)];`,
          `  // The last length mod size chunks get one extra element.
  const base = Math.floor(length / size);
  const plain = size - (length % size);
  const start = chunk * base + Math.max(0, chunk - plain);
  return [start, start + base + (chunk >= plain ? 1 : 0)];`,
        ],
      ],
    },
    {
      name: 'start-at-next-chunk',
      difference: 'worker r starts by sending chunk r + 1 (and owns chunk r + 2 after reduce-scatter)',
      edits: [
        [
          '// Reduce-scatter: at step s send chunk (rank − s), and add the chunk\n  // received, (rank − s − 1),',
          '// Reduce-scatter: at step s send chunk (rank + 1 − s), and add the chunk\n  // received, (rank − s),',
        ],
        ['const received = yield send(mod(rank - s, size));', 'const received = yield send(mod(rank + 1 - s, size));'],
        [
          'this worker now holds chunk (rank + 1) fully reduced',
          'this worker now holds chunk (rank + 2) fully reduced',
        ],
        [
          'const received = yield send(mod(rank + 1 - s, size));\n    const [start, end] = bounds(received.chunk);\n    for (let i = start; i < end; i++) acc[i] = ',
          'const received = yield send(mod(rank + 2 - s, size));\n    const [start, end] = bounds(received.chunk);\n    for (let i = start; i < end; i++) acc[i] = ',
        ],
      ],
    },
    {
      name: 'schedule-table',
      difference: 'an explicit per-step (send, receive, reduce) table; chunk c = [⌊cL/N⌋, ⌊(c+1)L/N⌋)',
    },
    {
      name: 'ceil-chunks',
      difference: 'chunks of ⌈L/N⌉ elements clamped to L: the last chunks are shorter, or empty',
      edits: [
        [
          `  // The first length mod size chunks get one extra element.
  const base = Math.floor(length / size);
  const extra = length % size;
  const start = chunk * base + Math.min(chunk, extra);
  return [start, start + base + (chunk < extra ? 1 : 0)];`,
          `  // Chunks of ⌈L/N⌉ elements; the last ones are shorter, or empty.
  const step = Math.ceil(length / size);
  return [Math.min(chunk * step, length), Math.min((chunk + 1) * step, length)];`,
        ],
      ],
    },
  ],
});
