import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findKata } from '../../catalog';
import { kataReadme } from '../cli/kata/kataReadme';
import { katasDir } from '../paths';
import { setLanguage } from '../reporters/language';
import { propertyMessage } from '../reporters/propertyMessage';
import type { Lang } from '../results/lang';
import type { RunResults } from '../results/results';
import { pointsChart } from './pointsChart';
import { readmeHtml } from './readmeHtml';
import { renderReport } from './renderReport';
import { kataResult, reportFixture } from './reportFixture';

const XSS = '<script>alert(1)</script>';

const kata = kataResult;

const results: RunResults = {
  target: 'katas',
  seed: 1,
  backend: 'cpu',
  points: 1,
  maxPoints: 4,
  durationMs: 1,
  katas: [
    kata({
      status: 'failing',
      points: 1,
      maxPoints: 3,
      file: `katas/${XSS}.ts`,
      output: XSS,
      properties: [
        { id: 'a', name: 'a holds', points: 1, earned: 1, status: 'pass', durationMs: 0 },
        {
          id: 'b',
          name: 'b holds',
          points: 2,
          earned: 0,
          status: 'fail',
          durationMs: 0,
          failure: { detail: { kind: 'value', summary: `C[0][0] is ${XSS}` }, seed: 1 },
        },
      ],
    }),
    kata({ slug: 'activations', number: '01', track: 1, status: 'not-started', points: 0, maxPoints: 1 }),
  ],
};

describe('renderReport', () => {
  const html = renderReport(results, {
    progress: { matmul: { hintsUsed: 2, timeSpentMs: 180_000 } },
    generatedAt: new Date(0),
  });

  it("says each kata's status in the learner's words", () => {
    expect(html).toContain('failing 1 of 3 points');
    expect(html).toContain('>not started<');
    expect(html).toContain('<td>2</td><td>3 min</td>');
  });

  it('shows every learner-controlled string as text', () => {
    expect(html).not.toContain('<script>');
    expect(html.match(/&lt;script&gt;alert\(1\)&lt;\/script&gt;/g)).toHaveLength(3);
  });

  it('puts a chart of points over time in each row with a history, a dash in the others', () => {
    const day = 86_400_000;
    const page = renderReport(results, {
      progress: {
        matmul: {
          history: [
            { at: 0, points: 0, maxPoints: 3 },
            { at: day, points: 1, maxPoints: 3 },
          ],
          lastGradedAt: 3 * day,
        },
      },
    });
    expect(page).toContain('<th>points over time</th>');
    const row = page.match(/<tr class="kata-row" data-slug="matmul".*?<\/tr>/)![0];
    expect(row).toMatch(
      /<svg class="points-chart" data-slug="matmul"[^>]*aria-label="matmul: 0 → 1 of 3 points from 1970-01-01 to 1970-01-04"/,
    );
    expect(
      [...row.matchAll(/<circle class="grade"[^>]*data-at="(\d+)" data-points="(\d+)"/g)].map((m) => m.slice(1)),
    ).toEqual([
      ['0', '0'],
      [String(day), '1'],
    ]);
    expect(row).toContain('<title>1970-01-02 00:00 UTC: 1/3 points</title>');
    const other = page.match(/<tr class="kata-row" data-slug="activations".*?<\/tr>/)![0];
    expect(other).toMatch(/<td>–<\/td><\/tr>$/);
  });

  it('lists the mock interviews taken, newest first, and says how to start one when there is none', () => {
    const interview = {
      slug: 'matmul',
      minutes: 45,
      elapsedMs: 38 * 60_000,
      hintsUsed: 1,
      points: 7,
      maxPoints: 10,
      status: 'failing' as const,
    };
    const page = renderReport(results, {
      interviews: [
        { ...interview, startedAt: Date.UTC(2026, 10, 20, 9, 5) },
        { ...interview, slug: XSS, startedAt: Date.UTC(2026, 10, 27, 18, 30), points: 10, status: 'passed' as const },
      ],
    });
    const rows = [...page.matchAll(/<tr class="interview-row".*?<\/tr>/g)].map((m) =>
      m[0].replace(/<[^>]+>/g, '|').replace(/\|+/g, '|'),
    );
    expect(rows).toEqual([
      '|2026-11-27 18:30 UTC|&lt;script&gt;alert(1)&lt;/script&gt;|38 min of 45|10/10|passed|1|',
      '|2026-11-20 09:05 UTC|00 matmul|38 min of 45|7/10|failing 7 of 10 points|1|',
    ]);
    expect(page).toContain('<a href="#kata-matmul">00 matmul</a>');
    expect(renderReport(results, { interviews: [] })).toContain(
      'No mock interview yet: <code>npx kata interview</code>',
    );
    expect(renderReport(results)).not.toContain('Mock interviews');
  });

  it('fetches nothing: no src or href leaves the page', () => {
    expect(html).not.toMatch(/\b(src|href)="(?!#)/);
    expect(html).toContain("default-src 'none'");
  });
});

describe('pointsChart', () => {
  const dots = (svg: string): number[][] =>
    [...svg.matchAll(/<circle[^>]* cx="([^"]*)" cy="([^"]*)"/g)].map((m) => [Number(m[1]), Number(m[2])]);

  it('steps from grade to grade, higher with more points, on to the last grade', () => {
    const svg = pointsChart(
      'k',
      [
        { at: 1000, points: 2, maxPoints: 4 },
        { at: 2000, points: 4, maxPoints: 4 },
      ],
      3000,
    );
    const [a, b] = dots(svg);
    expect(b[0]).toBeGreaterThan(a[0]);
    expect(b[1]).toBeLessThan(a[1]);
    // Flat from each grade to the next, then to lastGradedAt at the right edge.
    const line = svg
      .match(/<polyline[^>]* points="([^"]*)"/)![1]
      .split(' ')
      .map((p) => p.split(',').map(Number));
    expect(line).toEqual([a, [b[0], a[1]], b, [164, b[1]]]);
    expect(svg).toMatch(/data-points="4"[^>]*fill|fill="#2a9d4b"[^>]*data-points="4"/);
  });

  it('draws one grade, escapes the slug and shows a dash without history', () => {
    expect(dots(pointsChart('k', [{ at: 0, points: 0, maxPoints: 1 }]))).toHaveLength(1);
    expect(pointsChart('"><script>', [{ at: 0, points: 0, maxPoints: 1 }])).not.toContain('<script>');
    expect(pointsChart('k', [])).toBe('–');
  });
});

// The same report in each language: the page's own words from its locales,
// the kata's words (title, property names, misconception) from the grader's
// zh-CN.json, the README parts from README.zh-CN.md; numbers, paths, code and
// commands as they are.
describe('renderReport in Chinese', () => {
  const readmeIn = (lang: Lang) => (slug: string) => kataReadme(findKata(slug)!, katasDir, lang);
  const render = (lang: Lang): string => {
    setLanguage(lang);
    const { results: r, options } = reportFixture(readmeIn(lang));
    return renderReport(r, options);
  };
  const { results: fixture } = reportFixture(readmeIn('en'));
  let en: string;
  let zh: string;
  beforeAll(() => {
    en = render('en');
    zh = render('zh-CN');
  });
  afterAll(() => setLanguage('en'));

  const section = (page: string, slug: string): string =>
    page.match(new RegExp(`<section class="kata" id="kata-${slug}"[\\s\\S]*?</section>`))![0];
  const row = (page: string, slug: string): string[] =>
    page
      .match(new RegExp(`<tr class="kata-row" data-slug="${slug}".*?</tr>`))![0]
      .split('</td>')
      .map((c) => c.replace(/<[^>]+>/g, '').trim());
  /** What a reader reads as prose: text and labels, without formulas, code, styles or the README's own text. */
  /** The page without the README's parts: their text is the README's own (checked against it below). */
  const withoutReadme = (page: string): string =>
    page
      .replace(/<blockquote class="question">[\s\S]*?<\/blockquote>/g, '')
      .replace(/<details class="(hints|follow-ups)">[\s\S]*?<\/details>/g, '');
  /** What a reader reads as prose: text and labels, without formulas, code, commands, styles or the README. */
  const prose = (page: string): string =>
    withoutReadme(page)
      .replace(/<(style|math|code)\b[\s\S]*?<\/\1>/g, ' ')
      .replace(/npm test -- [^\n<]*/g, ' ')
      .replace(/<[^>]*\baria-label="([^"]*)"[^>]*>/g, ' $1 ')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&[a-z]+;|&#\d+;/g, ' ');
  const ENGLISH = /[A-Za-z]{4,} [a-z]{3,}/g;

  it('says which language it is in, and titles and heads the page in Chinese', () => {
    expect(zh).toContain('<html lang="zh-CN">');
    expect(en).toContain('<html lang="en">');
    expect(zh).toContain('<title>gradkata 学习报告</title>');
    expect(zh).toContain('<h1>gradkata 学习报告</h1>');
    expect(zh).toContain(
      '<th>#</th><th>题目</th><th>部分</th><th>状态</th><th>得分</th><th>提示</th><th>用时</th><th>得分变化</th>',
    );
    expect(zh).toContain('4/12 分 · 评分对象 katas · 种子 20261129 · 参考实现 cpu · 评分时间 2026-11-12T09:00:00.000Z');
  });

  it('gives each kata its Chinese status, track, time, title and property names', () => {
    const matmul = fixture.katas[0];
    expect(row(zh, 'matmul').slice(0, 6)).toEqual([
      '00',
      'matmul',
      '0 · 热身',
      `未通过，${matmul.points}/${matmul.maxPoints} 分`,
      `${matmul.points}/${matmul.maxPoints}`,
      '2',
    ]);
    expect(row(zh, 'matmul')[6]).toBe('42 分钟');
    expect(row(zh, 'activations')[3]).toBe('未开始');
    expect(row(zh, 'ring-allreduce')[3]).toBe('已通过');
    const s = section(zh, 'matmul');
    expect(s).toContain('<h2>00 矩阵乘法及其梯度 <small class="status-failing">未通过，3/7 分</small></h2>');
    expect(s).toContain('>dA 和 dB 与参考实现的自动微分一致 <span class="points">0/3</span> <small>（未通过）</small>');
    expect(s).toContain('>transpose 交换行和列且不改动输入 <span class="points">0/1</span> <small>（未实现）</small>');
    expect(s).toContain('<p class="file">文件：<code>katas/00-matmul/matmul.ts</code></p>');
  });

  it('shows each failure as the Chinese message, with the misconception in Chinese', () => {
    setLanguage('zh-CN');
    for (const k of fixture.katas)
      for (const p of k.properties.filter((q) => q.status === 'fail')) {
        const shown = section(zh, k.slug).match(
          new RegExp(`<li class="property fail" data-id="${p.id}"[^>]*>.*?<pre class="message">([\\s\\S]*?)</pre>`),
        )![1];
        expect(shown.replace(/&quot;/g, '"')).toBe(propertyMessage(fixture, k, p));
      }
    expect(section(zh, 'matmul')).toContain('可能的错误：dB 被转置了：∂L/∂B = Aᵀ·dC');
  });

  it('labels the pictures in Chinese', () => {
    const m = section(zh, 'matmul');
    expect(m).toContain('<figcaption>你的 dB <span class="shape">[2, 2]</span>');
    expect(m).toContain('<figcaption>期望的 dB <span class="shape">[2, 2]</span>');
    expect(m).toContain('<figcaption>你的 − 期望 <span class="shape">[2, 2]</span>');
    expect(m).toContain('<title>（你的 − 期望）dB[0][0] = 0.25</title>');
    expect(m).toContain('<summary>这个用例的输入</summary>');
    const a = section(zh, 'attention');
    expect(a).toContain('<h4>注意力权重（行：查询 query，列：键 key）</h4>');
    expect(a).toContain('<figcaption>批次 0，头 1</figcaption>');
    expect(a).toContain('<div class="axes">行：查询 · 列：键</div>');
  });

  it("shows the question, the hints used and the follow-ups from the kata's Chinese README", () => {
    for (const k of fixture.katas) {
      const readme = readmeIn('zh-CN')(k.slug);
      const hintsUsed = { matmul: 2, 'ring-allreduce': 3 }[k.slug] ?? 0;
      setLanguage('zh-CN');
      const parts = readmeHtml(readme, k.status, hintsUsed);
      const s = section(zh, k.slug);
      expect(s).toContain(parts.question);
      expect(s).toContain(parts.hints);
      expect(s).toContain(parts.followUps);
    }
    const matmul = readmeIn('zh-CN')('matmul');
    expect(section(zh, 'matmul')).toContain(
      `<summary>你用过的提示（共 ${matmul.hints.length} 条，已看 2 条）</summary><h3>提示 1 — ${matmul.hints[0].label}</h3>`,
    );
    expect(section(zh, 'matmul')).not.toContain(`提示 3 — ${matmul.hints[2].label}`);
    expect(section(zh, 'matmul')).toMatch(/<blockquote class="question"><p>“不许用 NumPy[\s\S]*<math>/);
    const ring = readmeIn('zh-CN')('ring-allreduce');
    expect(section(zh, 'ring-allreduce')).toContain(`<summary>追问（${ring.followUps.length} 个）及参考答案</summary>`);
  });

  it('charts and lists the interviews in Chinese, with dates as they are', () => {
    expect(zh).toContain('aria-label="matmul：2026-11-02 至 2026-11-05，得分 0 → 3（满分 7）"');
    expect(zh).toContain('aria-label="ring-allreduce：2026-11-07，得分 1 → 1（满分 1）"');
    expect(zh).toContain('<title>2026-11-03 09:00 UTC：3/7 分</title>');
    const rows = [...zh.matchAll(/<tr class="interview-row".*?<\/tr>/g)].map((m) =>
      m[0].replace(/<[^>]+>/g, '|').replace(/\|+/g, '|'),
    );
    expect(rows).toEqual([
      '|2026-11-06 09:00 UTC|00 matmul|&lt;1/45 分钟|0/7|未开始|1|',
      '|2026-11-04 09:00 UTC|00 matmul|45/45 分钟|3/7|未通过，3/7 分|1|',
    ]);
    expect(zh).toContain('<h2 id="interviews">模拟面试 <small>（2 次）</small></h2>');
    expect(zh).toContain('<th>日期</th><th>题目</th><th>用时</th><th>得分</th><th>结果</th><th>提示</th>');
    setLanguage('zh-CN');
    expect(renderReport(fixture, { interviews: [] })).toContain(
      '<p class="none">还没有做过模拟面试：运行 <code>npx kata interview</code> 开始一次（45 分钟，做一道你还没通过的题）。</p>',
    );
  });

  it('keeps every number, index, path, command and attribute of the English page', () => {
    const skeleton = (page: string) =>
      (withoutReadme(page).match(/<[^>]+>/g) ?? []).map((tag) => tag.replace(/ (lang|aria-label)="[^"]*"/g, ''));
    expect(skeleton(zh)).toEqual(skeleton(en));
    expect(skeleton(zh).length).toBeGreaterThan(500);
    const codes = (page: string) => withoutReadme(page).match(/<code>.*?<\/code>/g);
    expect(codes(zh)).toEqual(codes(en));
    const numbers = (page: string) =>
      [...page.matchAll(/<pre class="message">([\s\S]*?)<\/pre>/g)].map((m) =>
        (m[1].match(/-?\d+(\.\d+)?(e[+-]?\d+)?/g) ?? []).sort(),
      );
    expect(numbers(zh)).toEqual(numbers(en));
    expect(numbers(zh).flat().length).toBeGreaterThan(10);
  });

  it('leaves no English sentence of its own behind', () => {
    // Found in the English page, so the check can fail.
    expect(prose(en).match(ENGLISH)?.length).toBeGreaterThan(20);
    expect(prose(zh).match(ENGLISH)).toBeNull();
  });
});

describe("a grader's pictures in the report", () => {
  it("draws a grader's pictures of the learner's code below the properties, or says why one was left out", () => {
    const title = { text: `norms ${XSS}` };
    const page = renderReport({
      ...results,
      katas: [
        kata({
          pictures: [
            {
              id: 'norms',
              title,
              drawn: {
                x: ['1', '2', '3'],
                xLabel: { text: 'layer' },
                yScale: 'log',
                series: [
                  { name: { text: 'residual' }, values: [1, 1, 1] },
                  { name: { text: 'plain' }, values: [1, 1e-3, 1e-6] },
                ],
              },
            },
            { id: 'loops', title: { text: 'loops' }, skipped: { reason: 'timeout', detail: '10000 ms' } },
          ],
        }),
        kata({
          slug: 'activations',
          number: '01',
          status: 'not-started',
          pictures: [{ id: 'x', title: { text: 'never' } }],
        }),
      ],
    });
    const section = page.match(/<section class="kata" id="kata-matmul".*?<\/section>/)![0];
    const figure = section.match(/<div class="kata-picture" data-picture="norms">.*?<\/figure><\/div>/)![0];
    expect(figure).toContain('data-y-scale="log"');
    expect([...figure.matchAll(/<g class="series" data-series="([^"]*)"/g)].map((m) => m[1])).toEqual([
      'residual',
      'plain',
    ]);
    expect(figure).toContain('data-value="0.000001"');
    expect(figure).not.toContain('<script>');
    expect(section).toContain(
      '<p class="picture-skipped" data-picture="loops">loops: not drawn, it ran past the time limit (10000 ms)</p>',
    );
    expect(page).not.toContain('never');
  });

  it('draws a heatmap picture, one panel per matrix of a stack, with its axes and panel captions', () => {
    const page = renderReport({
      ...results,
      katas: [
        kata({
          pictures: [
            {
              id: 'heads',
              title: { text: 'weights' },
              drawn: {
                grid: [
                  [
                    [1, 0],
                    [0.25, 0.75],
                  ],
                  [
                    [0.5, 0.5],
                    [0, 1],
                  ],
                ],
                rows: { text: 'query' },
                cols: { text: 'key' },
                panels: [{ text: `head 0 ${XSS}` }, { text: 'head 1' }],
              },
            },
          ],
        }),
      ],
    });
    const figure = page.match(/<div class="kata-picture" data-picture="heads">.*<\/figure><\/div>/)![0];
    expect(figure).toContain('data-shape="2,2,2"');
    expect([...figure.matchAll(/<figcaption>([^<]*)<\/figcaption><svg/g)].map((m) => m[1])).toEqual([
      'head 0 &lt;script&gt;alert(1)&lt;/script&gt;',
      'head 1',
    ]);
    expect([...figure.matchAll(/data-index="1,1,0" data-value="([^"]*)"/g)].map((m) => m[1])).toEqual(['0']);
    expect(figure).toMatch(/<div class="axes">[^<]*query[^<]*key[^<]*<\/div>/);
    expect(figure).not.toContain('<script>');
  });
});
