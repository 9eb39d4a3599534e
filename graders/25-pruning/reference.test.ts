import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { startReference } from '../kit/backends/startReference';
import { checkReference } from '../kit/toolkit';
import { type FilterCase, filterCases } from './cases';
import { net64, pruneFilters64, zeroed } from './oracle';
import { networkReference } from './reference';

const reference = startReference('cpu');

const fromCase = (c: FilterCase) => ({ x: c.x, conv1: c.conv1, conv2: c.conv2 });

// Hand-picked: 1×1 kernels (per-pixel channel mixing), a 3×3 then a 2×2 on a
// non-square input, a batch of two, and a conv1 whose pre-activations are all
// negative (ReLU silences it): the layouts tfjs needs transposes for.
const fixed = [
  {
    x: [
      [
        [
          [1, -2],
          [0.5, 3],
        ],
      ],
    ],
    conv1: { w: [[[[2]]], [[[-1]]]], b: [0.25, -0.5] },
    conv2: { w: [[[[1]], [[3]]]], b: [0.125] },
  },
  {
    x: [
      [
        [
          [1, 2, 0, -1],
          [0.5, -0.5, 2, 1],
          [3, 1, -2, 0.25],
        ],
        [
          [0, 1, 1, 0],
          [2, -1, 0.5, 0.5],
          [1, 1, -1, -1],
        ],
      ],
    ],
    conv1: {
      w: [
        [
          [
            [1, 0],
            [0, -1],
          ],
          [
            [0.5, 0.5],
            [-0.5, 0.25],
          ],
        ],
        [
          [
            [-1, -1],
            [-1, -1],
          ],
          [
            [-1, -1],
            [-1, -1],
          ],
        ],
      ],
      b: [0, -20],
    },
    conv2: {
      w: [
        [[[1, -1]], [[2, 2]]],
        [[[0.5, 0]], [[-3, 1]]],
      ],
      b: [1, -1],
    },
  },
  {
    x: [
      [
        [
          [1, 2, 3],
          [4, 5, 6],
          [7, 8, 9],
        ],
      ],
      [
        [
          [-1, 0, 1],
          [0, 2, 0],
          [1, 0, -1],
        ],
      ],
    ],
    conv1: {
      w: [
        [
          [
            [1, 0],
            [0, 1],
          ],
        ],
        [
          [
            [0, 1],
            [1, 0],
          ],
        ],
        [
          [
            [0.25, -0.5],
            [1, 2],
          ],
        ],
      ],
      b: [0, 1, -1],
    },
    conv2: {
      w: [
        [
          [
            [1, 1],
            [1, 1],
          ],
          [
            [0, -1],
            [1, 0],
          ],
          [
            [2, 0],
            [0, 0.5],
          ],
        ],
      ],
      b: [0],
    },
  },
];

describe('pruning reference', () => {
  it('the network agrees with the float64 oracle within its bounds', () => {
    const margin = checkReference(reference, {
      name: 'pruning network',
      cases: fixed,
      reference: (r, c) => networkReference(r, c.x, c.conv1, c.conv2),
      oracle: (c) => ({ out: net64(c.x, c.conv1, c.conv2) }),
    });
    expect(margin.reference).toBeLessThan(1);
  });

  it('stays within the bounds on what the grader draws, pruned and zeroed', () => {
    const draws = fc.sample(filterCases, { seed: 25, numRuns: 40 });
    const cases = draws.flatMap((c) => {
      const p = pruneFilters64(c.conv1, c.conv2, c.amount);
      return [
        fromCase(c),
        { x: c.x, conv1: p.conv1, conv2: p.conv2 },
        { ...fromCase(c), conv1: zeroed(c.conv1, p.kept) },
      ];
    });
    const margin = checkReference(reference, {
      name: 'pruning draws',
      cases,
      reference: (r, c) => networkReference(r, c.x, c.conv1, c.conv2),
      oracle: (c) => ({ out: net64(c.x, c.conv1, c.conv2) }),
    });
    expect(margin.reference).toBeLessThan(1);
  });
});
