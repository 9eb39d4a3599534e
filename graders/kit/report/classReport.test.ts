import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../paths';
import { forArtifact } from '../pr/writePrOutputs';
import { resultsJson } from '../reporters/resultsJson';
import { PR_RESULTS_SCHEMA, type PrResults } from '../results/prResults';
import type { KataResult, PropertyResult, RunResults } from '../results/results';
import { pointsHistogram } from './classReportHistogram';
import { classReportHtml } from './classReportHtml';
import { readClassInputs } from './classReportInputs';
import { parseClassFile } from './classReportParse';
import { classStats } from './classReportStats';

// The class report's reading and counting on small hand-made classes; the
// synthetic class of really graded results is classReportInChromium.test.ts.

const XSS = '<img src=x onerror=alert(1)>';

const failed = (id: string, misconceptions?: string[]): PropertyResult => ({
  id,
  name: `${id} holds`,
  points: 2,
  earned: 0,
  status: 'fail',
  durationMs: 1.5,
  failure: { detail: { kind: 'value', summary: 'off', ...(misconceptions ? { misconceptions } : {}) }, seed: 1 },
});
const passed = (id: string): PropertyResult => ({
  id,
  name: `${id} holds`,
  points: 2,
  earned: 2,
  status: 'pass',
  durationMs: 1.25,
});

const kata = (over: Partial<KataResult>): KataResult => ({
  slug: 'matmul',
  number: '00',
  track: 0,
  title: 'Matrix multiply',
  file: 'katas/00-matmul/matmul.ts',
  status: 'passed',
  points: 4,
  maxPoints: 4,
  properties: [passed('a'), passed('b')],
  durationMs: 10,
  ...over,
});

const run = (katas: KataResult[], durationMs = 100): RunResults => ({
  target: 'katas',
  seed: 1,
  backend: 'cpu',
  katas,
  points: katas.reduce((s, k) => s + k.points, 0),
  maxPoints: katas.reduce((s, k) => s + k.maxPoints, 0),
  durationMs,
});

const TEXT = { 'matmul.db-transposed': 'dB is transposed', 'matmul.da-wrong': 'dA is wrong' };
/** One property naming db-transposed, another naming it again and da-wrong: the student hit two, once each. */
const twice = (durationMs: number): KataResult =>
  kata({
    status: 'failing',
    points: 0,
    properties: [failed('a', ['matmul.db-transposed']), failed('b', ['matmul.db-transposed', 'matmul.da-wrong'])],
    misconceptions: TEXT,
    durationMs,
  });

const pr = (results: RunResults, head: string): PrResults => ({
  schema: PR_RESULTS_SCHEMA,
  base: 'a'.repeat(40),
  head,
  graded: [],
  ignored: [],
  results,
});

const dirs: string[] = [];
function folder(files: Record<string, string | Buffer>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gradkata-class-test-'));
  dirs.push(dir);
  for (const [name, data] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), data);
  }
  return dir;
}
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

const json = (v: unknown): string => JSON.stringify(v);

describe('parseClassFile', () => {
  const r = run([twice(7)]);
  const reasonOf = (text: string | Buffer): string => {
    const p = parseClassFile(Buffer.from(text));
    if (p.ok) throw new Error('expected it to be skipped');
    return p.reason;
  };

  it('reads every file grading writes, and finds the same misconceptions in each', () => {
    for (const data of [resultsJson(r), pr(r, 'b'.repeat(40)), forArtifact(pr(r, 'b'.repeat(40))), r]) {
      const p = parseClassFile(Buffer.from(json(data)));
      expect(p.ok).toBe(true);
      if (!p.ok) continue;
      expect(p.submission.katas.map((k) => [k.slug, k.status, k.points, k.misconceptions])).toEqual([
        ['matmul', 'failing', 0, Object.keys(TEXT).sort()],
      ]);
      expect(p.submission.katas[0].texts).toEqual(TEXT);
    }
  });

  it('takes the commit from an artifact, and gives one grading run the same identity in every format', () => {
    const runs = [resultsJson(r), forArtifact(pr(r, 'c'.repeat(40))), r].map((d) => {
      const p = parseClassFile(Buffer.from(json(d)));
      return p.ok ? p.submission : undefined;
    });
    expect(runs.map((s) => s?.commit)).toEqual([undefined, 'c'.repeat(40), undefined]);
    expect(new Set(runs.map((s) => s?.run)).size).toBe(1);
    const regraded = parseClassFile(Buffer.from(json(run([twice(8)]))));
    expect(regraded.ok && regraded.submission.run).not.toBe(runs[0]?.run);
  });

  it('skips anything else with a reason, never an exception', () => {
    const k = (over: Record<string, unknown>) => json(run([{ ...twice(7), ...over } as KataResult]));
    const cases: [string | Buffer, RegExp][] = [
      ['', /empty/],
      [Buffer.from('PK\x03\x04rest of a zip', 'latin1'), /zip archive.*unzip it/],
      ['{"katas": [', /^not JSON \(/],
      ['[1, 2]', /the JSON is a list, not an object/],
      ['null', /the JSON is null/],
      [json({ hello: 'world' }), /no "katas"/],
      [json({ version: 1, status: 'pass', max_score: 10, tests: [] }), /GitHub Classroom's result/],
      [
        json({ schema: PR_RESULTS_SCHEMA, error: 'the job ran out of time' }),
        /grading produced no results: the job ran out of time/,
      ],
      [json({ schema: 'gradkata-pr/9', results: r }), /schema gradkata-pr\/9/],
      [json({ katas: [] }), /katas is empty/],
      [json({ katas: 'matmul' }), /^katas is not a list/],
      [k({ status: 'won' }), /katas\[0\]\.status is "won", not one of/],
      [k({ points: 5, maxPoints: 4 }), /katas\[0\]\.points is 5, not a number from 0 to 4/],
      [k({ maxPoints: Number.NaN }), /katas\[0\]\.maxPoints is null/],
      [k({ slug: XSS }), /katas\[0\]\.slug is/],
      [k({ misconceptions: { 'not an id': 'x' } }), /misconceptions key is "not an id"/],
      [k({ misconceptions: { 'matmul.x': 3 } }), /misconceptions\["matmul\.x"\] is not a text/],
      [k({ properties: [failed('a', ['<b>'])] }), /failure\.detail\.misconceptions\[0\] is "<b>"/],
      [k({ properties: {} }), /properties is not a list/],
      [json(run([twice(1), twice(2)])), /has matmul twice/],
    ];
    for (const [text, reason] of cases) expect(reasonOf(text)).toMatch(reason);
  });
});

describe('readClassInputs', () => {
  it('searches folders for results.json and artifact.json, dot folders too, and lists what holds no results', () => {
    const dir = folder({
      'alice/.kata/results.json': json(resultsJson(run([twice(1)]))),
      'bob/artifact.json': json(forArtifact(pr(run([twice(2)]), 'b'.repeat(40)))),
      'bob/classroom.json': json({ max_score: 1, tests: [] }),
      'carol/artifact.json': 'not json',
      'dan/node_modules/x/results.json': json(run([twice(3)])),
      'empty/.keep': '',
    });
    const shown = (f: string) => path.relative(dir, f);
    const inputs = readClassInputs(
      [
        path.join(dir, 'alice'),
        path.join(dir, 'bob'),
        path.join(dir, 'carol'),
        path.join(dir, 'dan'),
        path.join(dir, 'empty'),
        path.join(dir, 'nobody'),
      ],
      shown,
    );
    expect(inputs.students.map((s) => s.file)).toEqual([
      path.join('alice', '.kata', 'results.json'),
      path.join('bob', 'artifact.json'),
    ]);
    expect(inputs.skipped).toEqual([
      { file: 'dan', reason: 'a folder with no results.json or artifact.json in it' },
      { file: 'empty', reason: 'a folder with no results.json or artifact.json in it' },
      { file: 'nobody', reason: 'no such file or folder' },
      { file: path.join('carol', 'artifact.json'), reason: expect.stringMatching(/^not JSON/) },
    ]);
    expect(inputs.duplicates).toEqual([]);
  });

  it('counts a student once: the same file twice, a copy, the same commit graded again, one run in two formats', () => {
    const first = run([twice(1)]);
    const head = 'd'.repeat(40);
    const dir = folder({
      'a/artifact.json': json(forArtifact(pr(first, head))),
      'a/copy/artifact.json': json(forArtifact(pr(first, head))),
      'a/regraded/artifact.json': json(forArtifact(pr(run([twice(9)]), head))),
      'a/pr/results.json': json(pr(first, head)),
      'b/.kata/results.json': json(resultsJson(run([twice(2)]))),
      'b/run/results.json': json(run([twice(2)])),
      'c/.kata/results.json': json(resultsJson(run([twice(3)]))),
    });
    const shown = (f: string) => path.relative(dir, f);
    const inputs = readClassInputs([dir, path.join(dir, 'a', 'artifact.json')], shown);
    expect(inputs.students.map((s) => s.file)).toEqual([
      path.join('a', 'artifact.json'),
      path.join('b', '.kata', 'results.json'),
      path.join('c', '.kata', 'results.json'),
    ]);
    const a = path.join('a', 'artifact.json');
    expect(inputs.duplicates).toEqual([
      { file: path.join('a', 'copy', 'artifact.json'), of: a, why: 'the same commit, ddddddd' },
      { file: path.join('a', 'pr', 'results.json'), of: a, why: 'the same commit, ddddddd' },
      { file: path.join('a', 'regraded', 'artifact.json'), of: a, why: 'the same commit, ddddddd' },
      {
        file: path.join('b', 'run', 'results.json'),
        of: path.join('b', '.kata', 'results.json'),
        why: 'the same grading run (every result and timing equal)',
      },
      { file: a, of: a, why: 'the same file, given twice' },
    ]);
    expect(inputs.skipped).toEqual([]);
  });
});

describe('classStats', () => {
  const students = (katas: KataResult[][]) =>
    katas.map((k, i) => ({ katas: parsed(run(k, i)), run: String(i), file: `s${i}` }));
  const parsed = (r: RunResults) => {
    const p = parseClassFile(Buffer.from(json(r)));
    if (!p.ok) throw new Error(p.reason);
    return p.submission.katas;
  };

  it('counts statuses per kata and each student once per misconception, most hit first', () => {
    const plain = kata({ status: 'failing', points: 2, properties: [passed('a'), failed('b')] });
    const s = classStats(
      students([
        [twice(1), kata({ slug: 'attention', number: '13' })],
        [twice(2)],
        [kata({ properties: [], status: 'not-started', points: 0 })],
        [plain],
        [kata({ status: 'error', points: 0, properties: [] })],
      ]),
    );
    const matmul = s.katas.find((k) => k.slug === 'matmul')!;
    expect(matmul.students).toBe(5);
    expect(matmul.status).toEqual({ 'not-started': 1, failing: 3, passed: 0, error: 1 });
    expect(matmul.scores.map((x) => x.points)).toEqual([0, 0, 2, 0]);
    expect(matmul.undiagnosed).toBe(1);
    expect(matmul.misconceptions).toEqual([
      { id: 'matmul.da-wrong', slug: 'matmul', text: TEXT['matmul.da-wrong'], students: 2 },
      { id: 'matmul.db-transposed', slug: 'matmul', text: TEXT['matmul.db-transposed'], students: 2 },
    ]);
    expect(s.katas.map((k) => [k.slug, k.students])).toEqual([
      ['matmul', 5],
      ['attention', 1],
    ]);
  });
});

describe('pointsHistogram', () => {
  it('has a bar per score when every maximum is the same, and tenths of each maximum when not', () => {
    const same = pointsHistogram([0, 4, 4, 3].map((points) => ({ points, maxPoints: 4 })));
    expect(same.unit).toBe('points');
    expect(same.bins.map((b) => [b.from, b.count])).toEqual([
      [0, 1],
      [1, 0],
      [2, 0],
      [3, 1],
      [4, 2],
    ]);
    const mixed = pointsHistogram([
      { points: 4, maxPoints: 4 },
      { points: 5, maxPoints: 10 },
      { points: 0, maxPoints: 10 },
      { points: 99, maxPoints: 100 },
    ]);
    expect(mixed.unit).toBe('percent');
    expect(mixed.bins.map((b) => b.count)).toEqual([1, 0, 0, 0, 0, 1, 0, 0, 0, 2]);
  });
});

describe('classReportHtml', () => {
  it("shows a student's strings as text, and fetches or runs nothing", () => {
    const hostile = kata({
      title: XSS,
      status: 'failing',
      points: 0,
      properties: [failed('a', ['matmul.x'])],
      misconceptions: { 'matmul.x': XSS },
    });
    const html = classReportHtml(
      {
        students: [{ katas: parseClassFileOk(run([hostile])), run: 'r', file: XSS }],
        skipped: [{ file: XSS, reason: XSS }],
        duplicates: [{ file: XSS, of: XSS, why: XSS }],
      },
      { generatedAt: new Date(0) },
    );
    expect(html).not.toContain('<img');
    expect(html.match(/&lt;img src=x onerror=alert\(1\)&gt;/g)?.length).toBeGreaterThanOrEqual(6);
    expect(html).not.toMatch(/<script|<link|src=["']?http|url\(/);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
  });

  it('says so when no file held results', () => {
    expect(classReportHtml({ students: [], skipped: [], duplicates: [] })).toContain('No results were read');
  });
});

function parseClassFileOk(r: RunResults) {
  const p = parseClassFile(Buffer.from(json(r)));
  if (!p.ok) throw new Error(p.reason);
  return p.submission.katas;
}

describe('npm run class-report', () => {
  const cli = (args: string[], cwd: string) =>
    spawnSync(
      process.execPath,
      ['-r', 'ts-node/register', path.join(repoRoot, 'graders/kit/cli/classReport.ts'), ...args],
      {
        cwd: repoRoot,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1', INIT_CWD: cwd },
      },
    );

  it('writes the page from paths relative to where npm was started, and lists what it skipped', () => {
    const dir = folder({
      'a/artifact.json': json(forArtifact(pr(run([twice(1)]), 'e'.repeat(40)))),
      'junk.json': '{}',
    });
    const r = cli(['.', 'junk.json', '--html', 'out/page.html'], dir);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('class report: 1 student(s) from 2 input(s); 1 skipped, 0 duplicate(s)');
    expect(r.stdout).toContain('skipped junk.json: not a gradkata results file');
    const page = fs.readFileSync(path.join(dir, 'out', 'page.html'), 'utf8');
    expect(page).toContain('data-id="matmul.db-transposed"');
  });

  it('exits 1 when nothing held results, and 2 for a command line it cannot take', () => {
    const dir = folder({ 'junk.json': '[]' });
    expect(cli(['junk.json'], dir).status).toBe(1);
    expect(fs.existsSync(path.join(dir, 'class-report.html'))).toBe(true);
    const none = cli([], dir);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('usage: npm run class-report');
    expect(cli(['--bogus', 'x'], dir).status).toBe(2);
    expect(cli(['--help'], dir).stdout).toContain('usage: npm run class-report');
  });
});
