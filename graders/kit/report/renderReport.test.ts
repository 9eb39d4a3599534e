import { describe, expect, it } from 'vitest';
import type { KataResult, RunResults } from '../results/results';
import { pointsChart } from './pointsChart';
import { renderReport } from './renderReport';

const XSS = '<script>alert(1)</script>';

const kata = (over: Partial<KataResult>): KataResult => ({
  slug: 'matmul',
  number: '00',
  track: 0,
  title: 'Matrix multiply',
  file: 'katas/00-matmul/matmul.ts',
  status: 'passed',
  points: 1,
  maxPoints: 1,
  properties: [],
  durationMs: 1,
  ...over,
});

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
