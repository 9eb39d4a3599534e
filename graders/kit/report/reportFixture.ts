import type { KataResult, RunResults } from '../results/results';
import type { ReportReadme } from './readmeHtml';
import type { ReportOptions } from './renderReport';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 10, 2, 9, 0);

/** A kata's result for the report tests: a passed matmul worth 1 point, unless told otherwise. */
export function kataResult(over: Partial<KataResult>): KataResult {
  const slug = over.slug ?? 'matmul';
  const number = over.number ?? '00';
  return {
    slug,
    number,
    track: 0,
    title: 'Matrix multiply',
    file: `katas/${number}-${slug}/${slug}.ts`,
    status: 'passed',
    points: 1,
    maxPoints: 1,
    properties: [],
    durationMs: 1,
    ...over,
  };
}

const kata = (over: Partial<KataResult> & Pick<KataResult, 'slug' | 'number' | 'track' | 'title'>): KataResult =>
  kataResult(over);

/**
 * A report with every part the page has, for the tests that render it in
 * each language: a failing matmul (a wrong dB with its heatmaps, a confirmed
 * misconception, the counterexample and replay command, a function not
 * written yet), a failing attention (its 4-D weights as panels per batch and
 * head), a passed ring-allreduce (its follow-up questions), a kata not
 * started, the progress (hints, time, points over time) and two interviews.
 * The READMEs come from the caller, in the language it renders.
 */
export function reportFixture(readme: (slug: string) => ReportReadme): {
  readonly results: RunResults;
  readonly options: ReportOptions;
} {
  const dB = {
    got: [
      [0.5, 1],
      [2, 3],
    ],
    expected: [
      [0.25, 1],
      [2, 3],
    ],
  };
  const weights = {
    got: [
      [
        [
          [0.5, 0.5],
          [0.5, 0.5],
        ],
        [
          [1, 0],
          [0.25, 0.75],
        ],
      ],
    ],
    expected: [
      [
        [
          [1, 0],
          [0.5, 0.5],
        ],
        [
          [1, 0],
          [0.25, 0.75],
        ],
      ],
    ],
  };
  const matmul = kata({
    slug: 'matmul',
    number: '00',
    track: 0,
    title: 'Matrix multiply and its gradient',
    status: 'failing',
    points: 3,
    maxPoints: 7,
    misconceptions: { 'matmul.db-transposed': 'dB is transposed: ∂L/∂B = Aᵀ·dC, of shape [k, n] like B, not dCᵀ·A' },
    properties: [
      {
        id: 'matmul-matches-reference',
        name: 'matmul matches the reference',
        points: 3,
        earned: 3,
        status: 'pass',
        durationMs: 1,
      },
      {
        id: 'backward-matches-reference',
        name: 'dA and dB match autodiff of the reference',
        points: 3,
        earned: 0,
        status: 'fail',
        durationMs: 1,
        failure: {
          detail: {
            kind: 'value',
            summary: 'dB[0][0] is 0.5, expected 0.25',
            message: { key: 'check.value-is', params: { at: 'dB[0][0]', got: '0.5', expected: '0.25' } },
            fn: 'matmulBackward',
            argument: 'dB',
            index: [0, 0],
            got: 0.5,
            expected: 0.25,
            relError: 1,
            allowed: 2.4e-11,
            misconceptions: ['matmul.db-transposed'],
            tensors: {
              ...dB,
              inputs: {
                A: [
                  [1, 2],
                  [3, 4],
                ],
              },
            },
          },
          counterexample: '{"A":[[1,2],[3,4]]}',
          seed: 20261129,
          path: '0:1',
          runs: 1,
          shrinks: 4,
        },
      },
      {
        id: 'transpose-matches-reference',
        name: 'transpose swaps rows and columns and leaves its input alone',
        points: 1,
        earned: 0,
        status: 'not-implemented',
        durationMs: 1,
        failure: { detail: { kind: 'not-started', summary: 'transpose is not implemented', fn: 'transpose' }, seed: 1 },
      },
    ],
  });
  const attention = kata({
    slug: 'attention',
    number: '13',
    track: 2,
    title: 'Scaled dot-product attention',
    status: 'failing',
    points: 0,
    maxPoints: 3,
    properties: [
      {
        id: 'weights-match-reference',
        name: 'weights match the reference',
        points: 3,
        earned: 0,
        status: 'fail',
        durationMs: 1,
        failure: {
          detail: {
            kind: 'value',
            summary: 'weights[0][0][0][0] is 0.5, expected 1',
            message: { key: 'check.value-is', params: { at: 'weights[0][0][0][0]', got: '0.5', expected: '1' } },
            fn: 'attentionForward',
            argument: 'weights',
            index: [0, 0, 0, 0],
            got: 0.5,
            expected: 1,
            tensors: weights,
          },
          seed: 20261129,
        },
      },
    ],
  });
  const results: RunResults = {
    target: 'katas',
    seed: 20261129,
    backend: 'cpu',
    points: 4,
    maxPoints: 12,
    durationMs: 1,
    katas: [
      matmul,
      kata({
        slug: 'activations',
        number: '01',
        track: 1,
        title: 'Activation functions and their derivatives',
        status: 'not-started',
        points: 0,
      }),
      attention,
      kata({ slug: 'ring-allreduce', number: '21', track: 3, title: 'Ring all-reduce', status: 'passed' }),
    ],
  };
  const interview = { minutes: 45, hintsUsed: 1, maxPoints: 7 };
  return {
    results,
    options: {
      generatedAt: new Date(T0 + 10 * DAY),
      progress: {
        matmul: {
          hintsUsed: 2,
          timeSpentMs: 42 * 60_000,
          history: [
            { at: T0, points: 0, maxPoints: 7 },
            { at: T0 + DAY, points: 3, maxPoints: 7 },
          ],
          lastGradedAt: T0 + 3 * DAY,
        },
        'ring-allreduce': { hintsUsed: 3, history: [{ at: T0 + 5 * DAY, points: 1, maxPoints: 1 }] },
      },
      interviews: [
        { ...interview, slug: 'matmul', startedAt: T0 + 2 * DAY, elapsedMs: 45 * 60_000, points: 3, status: 'failing' },
        { ...interview, slug: 'matmul', startedAt: T0 + 4 * DAY, elapsedMs: 30_000, points: 0, status: 'not-started' },
      ],
      readmes: Object.fromEntries(results.katas.map((k) => [k.slug, readme(k.slug)])),
    },
  };
}
