import { describe, expect, it } from 'vitest';
import { classroomOutput, classroomResult } from '../reporters/classroomResult';
import { codeBlock, escapeMarkdown } from '../reporters/escapeMarkdown';
import { COMMENT_MARKER, markdownComment } from '../reporters/markdownComment';
import { PR_RESULTS_SCHEMA, type PrResults } from '../results/prResults';
import type { KataResult, RunResults } from '../results/results';
import { pathPolicy } from './pathPolicy';
import { type CommentApi, upsertComment } from './upsertComment';
import { InvalidArtifact, validatePrResults } from './validatePrResults';
import { forArtifact } from './writePrOutputs';

const hostile = '</details><script>alert(1)</script> @everyone ![x](https://evil.example/x.png) | ~~~ `code`';

function kata(over: Partial<KataResult> = {}): KataResult {
  return {
    slug: 'matmul',
    number: '00',
    track: 0,
    title: 'Matrix multiply',
    file: 'katas/00-matmul/matmul.ts',
    status: 'failing',
    points: 3,
    maxPoints: 5,
    properties: [
      { id: 'a', name: 'shape', points: 3, earned: 3, status: 'pass', durationMs: 1 },
      {
        id: 'b',
        name: 'values',
        points: 2,
        earned: 0,
        status: 'fail',
        durationMs: 2,
        failure: { detail: { kind: 'value', summary: hostile, tensors: { got: [1], expected: [2] } }, seed: 1 },
      },
    ],
    output: 'printed',
    durationMs: 3,
    ...over,
  };
}

function pr(over: Partial<PrResults> = {}): PrResults {
  const k = kata();
  const results: RunResults = {
    target: 'katas',
    seed: 1,
    backend: 'cpu',
    katas: [k],
    points: 3,
    maxPoints: 5,
    durationMs: 10,
  };
  return {
    schema: PR_RESULTS_SCHEMA,
    base: 'a'.repeat(40),
    head: 'b'.repeat(40),
    pullRequest: 3,
    graded: ['katas/00-matmul/matmul.ts'],
    ignored: [{ path: 'graders/x <b>.ts', reason: 'grading code', protected: true }],
    results,
    ...over,
  };
}

describe('what a PR may change', () => {
  it.each([
    ['katas/00-matmul/matmul.ts', 'head'],
    ['katas/13-attention/notes.md', 'head'],
    ['katas/lib/shape.ts', 'base'],
    ['katas/99-mine/mine.ts', 'base'],
    ['graders/00-matmul/grader.ts', 'base'],
    ['solutions/00-matmul/matmul.ts', 'base'],
    ['package.json', 'base'],
    ['package-lock.json', 'base'],
    ['tsconfig.json', 'base'],
    ['vitest.config.mts', 'base'],
    ['stryker.config.mjs', 'base'],
    ['.github/workflows/grade.yml', 'base'],
    ['.husky/pre-commit', 'base'],
    ['.ci/run', 'base'],
    ['README.md', 'base'],
  ])('%s comes from the %s', (file, use) => {
    expect(pathPolicy(file).use).toBe(use);
  });

  it('only grading code, configs and workflows are flagged', () => {
    expect(pathPolicy('README.md')).toMatchObject({ protected: false });
    expect(pathPolicy('katas/lib/shape.ts')).toMatchObject({ protected: true });
  });
});

describe('the comment', () => {
  it('escapes every learner string: no HTML, no images, no mentions, no closing fence', () => {
    const md = markdownComment(pr());
    expect(md.startsWith(COMMENT_MARKER)).toBe(true);
    // Inside a fence GitHub shows text as it is; everywhere else nothing may be live.
    const outsideFences = md.replace(/^(~{3,})text\n[\s\S]*?\n\1$/gm, '');
    expect(outsideFences).not.toMatch(/<script|x <b>|@everyone|!\[x\]\(https/);
    expect(md).toContain('~~~~text\n</details><script>');
    expect(escapeMarkdown(hostile)).not.toMatch(/[<>@]|[^\\][|[\]()`]/);
    expect(escapeMarkdown(hostile)).toContain('&#64;everyone');
    expect(codeBlock('a\n~~~~~\nb').split('\n')[0]).toBe('~~~~~~text');
  });

  it('shows the score, each kata and its failing properties, and the flagged files', () => {
    const md = markdownComment(pr());
    expect(md).toMatch(/^## gradkata: 3 \/ 5 points$/m);
    expect(md).toMatch(/^\| 00 matmul \| ❌ failing \| 3\/5 \|$/m);
    expect(md).toMatch(/- ❌ \*\*values\*\* \(0\/2\)/);
    expect(md).toMatch(/^> - graders\/x &lt;b&gt;\\\.ts: grading code$/m);
  });
});

describe('the Classroom result', () => {
  it("one test per property, scored with its points: the reporter's total is gradkata's", () => {
    const c = JSON.parse(Buffer.from(classroomOutput(classroomResult(pr().results!)), 'base64').toString('utf8')) as {
      version: number;
      status: string;
      max_score: number;
      tests: { name: string; score: number; status: string }[];
    };
    expect(c).toMatchObject({ version: 1, status: 'fail', max_score: 5 });
    expect(c.tests.map((t) => [t.name, t.status, t.score])).toEqual([
      ['00 matmul: shape', 'pass', 3],
      ['00 matmul: values', 'fail', 0],
    ]);
  });
});

describe('the artifact, as the comment job receives it', () => {
  const text = (x: unknown): string => JSON.stringify(x);

  it("is accepted as written, without the learner's output and raw tensors", () => {
    const back = validatePrResults(text(forArtifact(pr())));
    expect(back.results!.katas[0].output).toBeUndefined();
    expect(back.results!.katas[0].properties[1].failure?.detail.tensors).toBeUndefined();
    expect(back.results!.katas[0].properties[1].failure?.detail.summary).toBe(hostile);
    expect(markdownComment(back)).toBe(markdownComment(pr()));
  });

  it("is accepted without the kata's pictures, which the comment does not draw", () => {
    const base = pr();
    const picture = {
      id: 'p',
      title: { text: 'a picture' },
      drawn: { x: ['1'], yScale: 'linear' as const, series: [] },
    };
    const withPictures = {
      ...base,
      results: { ...base.results!, katas: base.results!.katas.map((k) => ({ ...k, pictures: [picture] })) },
    };
    expect(() => validatePrResults(text(withPictures))).toThrow(/unknown field/);
    const back = validatePrResults(text(forArtifact(withPictures)));
    expect(back.results!.katas[0].pictures).toBeUndefined();
    expect(markdownComment(back)).toBe(markdownComment(base));
  });

  it.each([
    ['an unknown field', { ...pr(), extra: 1 }, /unknown field/],
    ['a PR number that is not a number', { ...pr(), pullRequest: '3; rm -rf /' }, /pullRequest/],
    ['a head that is not a sha', { ...pr(), head: 'main' }, /head is not of the form/],
    ['a score above the maximum', { ...pr(), results: { ...pr().results!, points: 6 } }, /not the sum/],
    [
      'points earned by a failing property',
      {
        ...pr(),
        results: {
          ...pr().results!,
          katas: [kata({ points: 5, properties: [kata().properties[0], { ...kata().properties[1], earned: 2 }] })],
          points: 5,
        },
      },
      /earned points without passing/,
    ],
    ['a message of a megabyte', { ...pr(), error: 'x'.repeat(1 << 20) }, /longer than/],
    ['a slug that is not a slug', { ...pr(), results: { ...pr().results!, katas: [kata({ slug: '<img>' })] } }, /slug/],
  ])('rejects %s', (_, artifact, why) => {
    expect(() => validatePrResults(text(artifact))).toThrow(InvalidArtifact);
    expect(() => validatePrResults(text(artifact))).toThrow(why);
  });

  it('rejects what is not JSON or too large', () => {
    expect(() => validatePrResults('{')).toThrow(/not JSON/);
    expect(() => validatePrResults(' '.repeat(3 << 20))).toThrow(/larger than/);
  });
});

describe('one comment per PR', () => {
  function fakeApi(headSha: string, comments: { id: number; body: string; user: { type: string } }[]) {
    const calls: string[] = [];
    const api: CommentApi = {
      pulls: { get: async () => ({ data: { head: { sha: headSha }, state: 'open' } }) },
      issues: {
        listComments: async () => ({ data: comments }),
        createComment: async ({ body }) => {
          calls.push(`create ${body}`);
          return { data: { id: 99 } };
        },
        updateComment: async ({ comment_id, body }) => {
          calls.push(`update ${comment_id} ${body}`);
          return { data: { id: comment_id } };
        },
      },
    };
    return { api, calls };
  }
  const target = { owner: 'o', repo: 'r', pullRequest: 3, headSha: 'b'.repeat(40) };

  it("creates it, then updates the bot's own (not a learner's comment that copies the marker)", async () => {
    const first = fakeApi(target.headSha, [{ id: 1, body: `${COMMENT_MARKER} fake`, user: { type: 'User' } }]);
    expect(await upsertComment(first.api, target, 'new')).toEqual({ id: 99, updated: false });
    const again = fakeApi(target.headSha, [
      { id: 1, body: `${COMMENT_MARKER} fake`, user: { type: 'User' } },
      { id: 5, body: `${COMMENT_MARKER}\nold`, user: { type: 'Bot' } },
    ]);
    expect(await upsertComment(again.api, target, 'newer')).toEqual({ id: 5, updated: true });
    expect(again.calls).toEqual(['update 5 newer']);
  });

  it('refuses a PR whose head is not the commit that was graded', async () => {
    const other = fakeApi('c'.repeat(40), []);
    await expect(upsertComment(other.api, target, 'x')).rejects.toThrow(/not commenting/);
    expect(other.calls).toEqual([]);
  });
});
