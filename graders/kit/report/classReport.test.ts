import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findKata } from '../../catalog';
import { graderDir, repoRoot } from '../paths';
import { forArtifact } from '../pr/writePrOutputs';
import { readKataTranslation } from '../reporters/kataWords';
import { setLanguage } from '../reporters/language';
import { resultsJson } from '../reporters/resultsJson';
import type { Lang } from '../results/lang';
import { PR_RESULTS_SCHEMA, type PrResults } from '../results/prResults';
import type { KataResult, PropertyResult, RunResults } from '../results/results';
import { pointsHistogram } from './classReportHistogram';
import { classReportHtml } from './classReportHtml';
import { readClassInputs } from './classReportInputs';
import { parseClassFile } from './classReportParse';
import { classStats } from './classReportStats';
import { kataResult } from './reportFixture';

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

const kata = (over: Partial<KataResult>): KataResult =>
  kataResult({ points: 4, maxPoints: 4, properties: [passed('a'), passed('b')], durationMs: 10, ...over });

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
  const cli = (args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) =>
    spawnSync(
      process.execPath,
      ['-r', 'ts-node/register', path.join(repoRoot, 'graders/kit/cli/classReport.ts'), ...args],
      {
        cwd: repoRoot,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1', INIT_CWD: cwd, ...env },
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

  it('speaks Chinese with --lang zh-CN or KATA_LANG=zh-CN: its lines, its reasons and the page', () => {
    const dir = folder({
      'a/artifact.json': json(forArtifact(pr(run([twice(1)]), 'f'.repeat(40)))),
      'junk.json': '[1, 2]',
    });
    for (const [args, env] of [
      [['--lang', 'zh-CN'], {}],
      [[], { KATA_LANG: 'zh-CN' }],
    ] as const) {
      const r = cli(['.', 'junk.json', '--html', 'page.html', ...args], dir, env);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(r.stdout).toContain('班级报告：从 2 个输入中读到 1 名学生；跳过 1 个，重复 0 个');
      expect(r.stdout).toContain('  跳过 junk.json：不是 gradkata 的评分结果文件：这个 JSON 是一个列表，不是对象');
      expect(r.stdout).toContain(`已写入 ${path.join(dir, 'page.html')}`);
      const page = fs.readFileSync(path.join(dir, 'page.html'), 'utf8');
      expect(page).toContain('<html lang="zh-CN">');
      expect(page).toContain('data-id="matmul.db-transposed"');
    }
    const help = cli(['--help', '--lang', 'zh-CN'], dir);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^用法：npm run class-report -- .*--html class-report\.html\] \[--lang en\|zh-CN\]/);
    const none = cli(['--lang=zh-CN'], dir);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('class-report：请至少给出一个评分结果文件或文件夹');
    const wrong = cli(['.', '--lang', 'fr'], dir);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain('--lang fr is not a language gradkata speaks: en, zh-CN');
  });
});

// The same class in each language: the page's words from its locales, each
// kata's title and misconception texts from its grader's zh-CN.json (else the
// text the results carried), the reasons a file was skipped; the counts,
// ids, files and every attribute as they are.
describe('classReportHtml in Chinese', () => {
  const matmulZh = readKataTranslation(graderDir(findKata('matmul')!), 'zh-CN')!;
  const CARRIED = {
    'matmul.db-transposed': 'dB is transposed: ∂L/∂B = Aᵀ·dC',
    'matmul.da-not-transposed': 'dA = dC·B is missing a transpose',
  };
  const untexted = kata({
    slug: 'attention',
    number: '13',
    title: 'Scaled dot-product attention',
    status: 'failing',
    points: 0,
    properties: [failed('a', ['attention.not-a-known-one'])],
  });
  const katas = [
    [
      kata({
        status: 'failing',
        points: 0,
        properties: [failed('a', ['matmul.db-transposed']), failed('b', ['matmul.da-not-transposed'])],
        misconceptions: CARRIED,
      }),
      untexted,
    ],
    [
      kata({
        status: 'failing',
        points: 2,
        properties: [passed('a'), failed('b', ['matmul.db-transposed'])],
        misconceptions: CARRIED,
      }),
    ],
    [kata({})],
    [kata({ status: 'not-started', points: 0, properties: [] })],
    [kata({ status: 'failing', points: 2, properties: [passed('a'), failed('b')] })],
    [kata({ status: 'error', points: 0, properties: [] })],
  ];
  const page = (lang: Lang): string => {
    setLanguage(lang);
    const dir = folder({ 'junk.json': '{"hello": "world"}', 'a/results.json': json(run(katas[0])) });
    const inputs = readClassInputs(
      [path.join(dir, 'junk.json'), path.join(dir, 'a'), path.join(dir, 'a', 'results.json')],
      (f) => path.relative(dir, f),
    );
    const students = katas.map((k, i) => ({ katas: parseClassFileOk(run(k, i)), run: String(i), file: `s${i}` }));
    const html = classReportHtml({ ...inputs, students }, { generatedAt: new Date(0) });
    setLanguage('en');
    return html;
  };
  const en = page('en');
  const zh = page('zh-CN');
  const stats = classStats(
    katas.map((k, i) => ({ katas: parseClassFileOk(run(k, i)), run: String(i), file: `s${i}` })),
  );
  const matmul = stats.katas.find((k) => k.slug === 'matmul')!;
  const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

  it('heads, counts and captions in Chinese', () => {
    expect(zh).toContain('<html lang="zh-CN">');
    expect(zh).toContain('<title>gradkata 班级报告</title>');
    expect(zh).toContain('<h1>全班错在哪里</h1>');
    expect(zh).toContain(`${stats.students} 名学生 · ${stats.katas.length} 道题 · 生成于 1970-01-01T00:00:00.000Z`);
    expect(zh).toContain(
      '<th class="count">学生数</th><th class="count">已通过</th><th class="count">未通过</th><th class="count">未开始</th><th class="count">出错</th><th>已开始的学生的得分</th>',
    );
    const s = matmul.status;
    expect(text(zh)).toContain(
      `${matmul.students} 名学生：已通过 ${s.passed} 人，未通过 ${s.failing} 人，未开始 ${s['not-started']} 人，出错 ${s.error} 人`,
    );
    expect(text(zh)).toContain(`00 matmul ${matmulZh.title}`);
    expect(zh).toContain(`<figcaption>已开始这道题的 ${matmul.scores.length} 名学生的得分</figcaption>`);
    const zeros = matmul.scores.filter((x) => x.points === 0).length;
    expect(zh).toContain(`<title>${zeros} 名学生：0 分</title>`);
    expect(zh).toContain(`${matmul.undiagnosed} 名未通过的学生：他们的代码里没有确认到已知的错误`);
    expect(zh).toContain(`共 ${stats.misconceptions.length} 种，这里列出最常见的 ${stats.misconceptions.length} 种。`);
  });

  it("shows each misconception in Chinese from its grader's words, and says so when none is known", () => {
    for (const [id, english] of Object.entries(CARRIED)) {
      const row = (html: string) => html.match(new RegExp(`<tr class="misconception" data-id="${id}">.*?</tr>`))![0];
      expect(row(en)).toContain(`<div class="text">${english}</div>`);
      expect(row(zh)).toContain(`<div class="text">${matmulZh.misconceptions[id.split('.')[1]]}</div>`);
    }
    expect(zh).toMatch(
      /data-id="attention\.not-a-known-one">.*?<div class="text"><span class="quiet">（评分结果里没有它的说明）<\/span>/,
    );
  });

  it('says in Chinese why a file was skipped or counted once', () => {
    expect(zh).toContain('<summary>跳过了 1 个文件：不是评分结果</summary>');
    expect(zh).toContain(
      '<td>不是 gradkata 的评分结果文件：里面没有 &quot;katas&quot;（请给出评分时写下的 results.json 或 artifact.json）</td>',
    );
    expect(zh).toContain('<summary>1 个重复：是已经计入的学生，只计一次</summary>');
    expect(zh).toContain('<th>文件</th><th>与之是同一名学生</th><th>原因</th>');
    expect(zh).toContain('<td>同一个文件给了两次</td>');
  });

  it('keeps every count, id, file and attribute of the English page, and no English sentence of its own', () => {
    const skeleton = (html: string) =>
      (html.match(/<[^>]+>/g) ?? []).map((tag) => tag.replace(/ (lang|aria-label)="[^"]*"/g, ''));
    expect(skeleton(zh)).toEqual(skeleton(en));
    const codes = (html: string) => html.match(/<code[^>]*>.*?<\/code>/g);
    expect(codes(zh)).toEqual(codes(en));
    const prose = (html: string) =>
      html
        .replace(/<(style|code)\b[\s\S]*?<\/\1>/g, ' ')
        .replace(/<[^>]*\baria-label="([^"]*)"[^>]*>/g, ' $1 ')
        .replace(/<[^>]+>/g, ' ')
        .replace(/&[a-z]+;|&#\d+;/g, ' ');
    const ENGLISH = /[A-Za-z]{4,} [a-z]{3,}/g;
    expect(prose(en).match(ENGLISH)?.length).toBeGreaterThan(20);
    expect(prose(zh).match(ENGLISH)).toBeNull();
  });
});
