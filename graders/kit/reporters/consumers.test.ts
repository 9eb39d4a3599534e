import { describe, expect, it } from 'vitest';
import { everyKataFailing } from '../pr/fixtures/everyKataFailing';
import { type KataResult, type PropertyResult, type RunResults, scoreKata } from '../results/results';
import { CLASSROOM_BUDGET_BYTES, classroomOutput, classroomResult, shorten } from './classroomResult';
import { setLanguage } from './language';
import { resultsJson } from './resultsJson';
import { testOutcome } from './testOutcome';

// What Exercism's test-runner interface and GitHub Classroom's reporter read
// of a run, field by field.

const failing = (
  id: string,
  detail: Partial<NonNullable<PropertyResult['failure']>['detail']> = {},
): PropertyResult => ({
  id,
  name: `property ${id}`,
  points: 2,
  earned: 0,
  status: 'fail',
  durationMs: 1,
  failure: { detail: { kind: 'value', summary: `${id} is wrong`, ...detail }, seed: 7, path: '0:1:1' },
});
const passing = (id: string): PropertyResult => ({
  id,
  name: `property ${id}`,
  points: 3,
  earned: 3,
  status: 'pass',
  durationMs: 1,
});

function kata(slug: string, number: string, properties: PropertyResult[], extra: Partial<KataResult> = {}): KataResult {
  return {
    slug,
    number,
    track: 0,
    title: slug,
    file: `katas/${number}-${slug}/${slug}.ts`,
    properties,
    durationMs: 1,
    ...scoreKata(properties),
    ...extra,
  };
}

/** A kata stopped by a syntax error: its properties never ran. */
const syntaxError = kata(
  'attention',
  '13',
  [
    { id: 'w', name: 'weights', points: 2, earned: 0, status: 'skipped', durationMs: 0 },
    { id: 'o', name: 'out', points: 2, earned: 0, status: 'skipped', durationMs: 0 },
  ],
  {
    status: 'error',
    problem: { kind: 'syntax', detail: 'katas/13-attention/attention.ts:7:3: ERROR: Expected ";" but found "return"' },
  },
);

const run = (katas: KataResult[]): RunResults => ({
  target: 'katas',
  seed: 7,
  backend: 'cpu',
  katas,
  durationMs: 1,
  points: katas.reduce((s, k) => s + k.points, 0),
  maxPoints: katas.reduce((s, k) => s + k.maxPoints, 0),
});

describe("Exercism's results.json", () => {
  it("one kata's syntax error makes that kata's tests errors, not the run", () => {
    const json = resultsJson(run([kata('matmul', '00', [passing('a'), failing('b')]), syntaxError]));
    expect(json.status).toBe('fail');
    expect(json.message).toBeNull();
    expect(json.tests.filter((t) => t.kata === 'attention').map((t) => t.status)).toEqual(['error', 'error']);
    expect(json.tests.find((t) => t.kata === 'attention')?.message).toMatch(/attention\.ts:7:3: ERROR/);
  });

  it('the run is an error only when no test could run, and then says why', () => {
    const json = resultsJson(run([syntaxError]));
    expect(json.status).toBe('error');
    expect(json.message).toMatch(/^attention: katas\/13-attention\/attention\.ts:7:3: ERROR/);
  });

  it("no test carries its kata's output as its own (what a kata prints is captured per kata)", () => {
    const printed = 'x'.repeat(2000);
    const json = resultsJson(run([kata('matmul', '00', [passing('a'), failing('b')], { output: printed })]));
    expect(json.tests.map((t) => t.output)).toEqual([null, null]);
    expect(json.katas[0].output).toBe(printed);
  });

  it('test_code is the property and the command that runs exactly it again', () => {
    const json = resultsJson(run([kata('matmul', '00', [passing('a'), failing('b')])]));
    expect(json.tests.map((t) => t.test_code)).toEqual([
      'property "property a" (a, 3 points) in graders/00-matmul/grader.ts\nnpm test -- matmul --seed 7 --only a',
      'property "property b" (b, 2 points) in graders/00-matmul/grader.ts\nnpm test -- matmul --seed 7 --only b --path 0:1:1',
    ]);
  });
});

describe("GitHub Classroom's result", () => {
  const source = (file: string) =>
    file === 'katas/00-matmul/matmul.ts' ? 'import x from "#lib";\n\nexport function matmul(a, b) {\n' : undefined;

  it("line_no is the learner's line: where it threw, else the function that was wrong, else the kata's problem; 0 for none", () => {
    const r = classroomResult(
      run([
        kata('matmul', '00', [
          passing('a'),
          failing('thrown', { location: 'katas/00-matmul/matmul.ts:12:5' }),
          failing('wrong', { fn: 'matmul' }),
          failing('nowhere'),
        ]),
        syntaxError,
      ]),
      source,
    );
    expect(r.tests.map((t) => [t.name, t.line_no])).toEqual([
      ['00 matmul: property a', 0],
      ['00 matmul: property thrown', 12],
      ['00 matmul: property wrong', 3],
      ['00 matmul: property nowhere', 0],
      ['13 attention: weights', 7],
      ['13 attention: out', 7],
    ]);
    expect(r.status).toBe('fail');
  });

  it('a shortened message keeps its beginning and its replay command', () => {
    const message = `what was wrong\n${'detail '.repeat(300)}\n  replay: npm test -- matmul --seed 7 --only b`;
    const s = shorten(message, 200);
    expect(s.length).toBeLessThanOrEqual(200);
    expect(s.startsWith('what was wrong\ndetail')).toBe(true);
    expect(s.endsWith(' … (truncated)\n  replay: npm test -- matmul --seed 7 --only b')).toBe(true);
    expect(shorten('∂'.repeat(50), 20)).toBe(`${'∂'.repeat(6)} … (truncated)`);
    expect(shorten('😀'.repeat(20), 21)).toBe(`${'😀'.repeat(3)} … (truncated)`);
    expect(shorten('short', 200)).toBe('short');
  });

  it('in Chinese, keeps the Chinese replay line and says it was cut in Chinese', () => {
    setLanguage('zh-CN');
    try {
      const s = shorten(`哪里错了\n${'细节 '.repeat(300)}\n  重放：npm test -- matmul --seed 7 --only b`, 200);
      expect(s.length).toBeLessThanOrEqual(200);
      expect(s.endsWith(' …（已截断）\n  重放：npm test -- matmul --seed 7 --only b')).toBe(true);
    } finally {
      setLanguage('en');
    }
  });

  it(`with every kata of a curriculum failing with long messages, the whole stays within ${CLASSROOM_BUDGET_BYTES} bytes of base64, and its points are exact`, () => {
    const results = everyKataFailing();
    const r = classroomResult(results);
    const b64 = classroomOutput(r);
    // As the messages come, uncapped, it would be several times the one environment string Linux allows (128 KiB).
    const whole = results.katas.flatMap((k) => k.properties.map((p) => testOutcome(results, k, p).message ?? ''));
    expect(
      Buffer.byteLength(JSON.stringify({ ...r, tests: r.tests.map((t, i) => ({ ...t, message: whole[i] })) })),
    ).toBeGreaterThan(4 * 128 * 1024);
    expect(b64.length).toBeLessThanOrEqual(CLASSROOM_BUDGET_BYTES);
    expect(r.tests).toHaveLength(31 * 12);
    expect(r.tests.reduce((s, t) => s + t.score, 0)).toBe(results.points);
    expect(r.max_score).toBe(results.maxPoints);
    // Every failing test keeps the start of what was wrong, all cut to the same length.
    const failed = r.tests.filter((t) => t.status === 'fail');
    for (const [i, t] of failed.entries())
      expect(t.message.slice(0, 8), t.name).toBe(whole[r.tests.indexOf(t)].slice(0, 8) || String(i));
    expect(new Set(failed.map((t) => t.message.length)).size).toBe(1);
    expect(failed[0].message.length).toBeGreaterThan(40);
    expect(r.tests.map((t) => t.name)).toEqual(
      results.katas.flatMap((k) => k.properties.map((p) => `${k.number} ${k.slug}: ${p.name}`)),
    );
  });

  it('past the room for any message (960 tests), the names are cut too, never the scores', () => {
    const results = everyKataFailing(80, 12);
    const r = classroomResult(results);
    expect(classroomOutput(r).length).toBeLessThanOrEqual(CLASSROOM_BUDGET_BYTES);
    expect(r.tests.every((t) => t.message === '')).toBe(true);
    expect(r.tests[13].name).toMatch(/^01 kata-number-01: dX of .*…$/);
    expect(r.tests[13].name.length).toBeLessThan(
      '01 kata-number-01: dX of property 1 matches autodiff of the reference'.length,
    );
    expect(r.tests.reduce((s, t) => s + t.score, 0)).toBe(results.points);
  });
});
