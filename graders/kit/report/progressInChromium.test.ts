import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPresent } from '../proof/chromium';
import { openOffline } from '../proof/openOffline';
import type { KataResult, RunResults } from '../results/results';
import type { ReportInterview } from './interviewTable';
import type { ReportGrade } from './pointsChart';
import { writeReport } from './writeReport';

// The progress part of the report as a learner sees it after weeks of
// practice: each kata's points over time and the mock interviews taken,
// opened from file:// in headless Chromium (as reportInChromium.test.ts).

const DAY = 86_400_000;
const t0 = Date.UTC(2026, 10, 2, 9, 0);
const kata = (slug: string, number: string, status: KataResult['status'], points: number): KataResult => ({
  slug,
  number,
  track: 0,
  title: slug,
  file: `katas/${number}-${slug}/${slug}.ts`,
  status,
  points,
  maxPoints: 10,
  properties: [],
  durationMs: 1,
});
const results: RunResults = {
  target: 'katas',
  seed: 1,
  backend: 'cpu',
  points: 10,
  maxPoints: 30,
  durationMs: 1,
  katas: [
    kata('matmul', '00', 'passed', 10),
    kata('activations', '01', 'failing', 4),
    kata('attention', '13', 'not-started', 0),
  ],
};
const history: Record<string, ReportGrade[]> = {
  matmul: [
    { at: t0, points: 0, maxPoints: 10 },
    { at: t0 + DAY, points: 6, maxPoints: 10 },
    { at: t0 + 9 * DAY, points: 10, maxPoints: 10 },
  ],
  activations: [{ at: t0 + 3 * DAY, points: 4, maxPoints: 10 }],
};
const interviews: ReportInterview[] = [
  {
    slug: 'matmul',
    startedAt: t0 + 2 * DAY,
    minutes: 45,
    elapsedMs: 45 * 60_000,
    hintsUsed: 2,
    points: 6,
    maxPoints: 10,
    status: 'failing',
  },
  {
    slug: 'activations',
    startedAt: t0 + 10 * DAY,
    minutes: 30,
    elapsedMs: 21 * 60_000,
    hintsUsed: 0,
    points: 10,
    maxPoints: 10,
    status: 'passed',
  },
];

describe.skipIf(!chromiumPresent)('the progress in the HTML report, in headless Chromium', () => {
  let browser: Browser;
  let page: Page;
  let dir: string;
  let requests: string[] = [];
  let problems: string[] = [];

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gradkata-progress-report-'));
    const progress = Object.fromEntries(
      Object.entries(history).map(([slug, h]) => [
        slug,
        { history: h, lastGradedAt: h.at(-1)!.at + DAY, hintsUsed: 1 },
      ]),
    );
    const file = writeReport(path.join(dir, 'report.html'), results, {
      progress,
      interviews,
      generatedAt: new Date(t0 + 12 * DAY),
    });
    ({ browser, page, requests, problems } = await openOffline(file));
  });

  afterAll(async () => {
    await browser?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it("draws each kata's points over time in its row, one dot per recorded grade, higher with more points", async () => {
    for (const [slug, grades] of Object.entries(history)) {
      const chart = page.locator(`tr.kata-row[data-slug="${slug}"] svg.points-chart`);
      const box = await chart.boundingBox();
      expect(box!.width).toBeGreaterThan(100);
      expect(box!.height).toBeGreaterThan(30);
      const dots = await chart
        .locator('circle.grade')
        .evaluateAll((cs) => cs.map((c) => [Number(c.getAttribute('data-at')), Number(c.getAttribute('data-points'))]));
      expect(dots).toEqual(grades.map((g) => [g.at, g.points]));
    }
    const ys = await page
      .locator('tr.kata-row[data-slug="matmul"] circle.grade')
      .evaluateAll((cs) => cs.map((c) => c.getBoundingClientRect().y));
    expect(ys[1]).toBeLessThan(ys[0]);
    expect(ys[2]).toBeLessThan(ys[1]);
    expect(await page.locator('tr.kata-row[data-slug="matmul"] circle.grade title').last().textContent()).toBe(
      '2026-11-11 09:00 UTC: 10/10 points',
    );
    expect(await page.locator('tr.kata-row[data-slug="attention"] td').last().textContent()).toBe('–');
  });

  it('lists the mock interviews taken, newest first, each linked to its kata', async () => {
    const rows = page.locator('section.interviews tr.interview-row');
    const cells = await rows.evaluateAll((rs) =>
      rs.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent)),
    );
    expect(cells).toEqual([
      ['2026-11-12 09:00 UTC', '01 activations', '21 min of 30', '10/10', 'passed', '0'],
      ['2026-11-04 09:00 UTC', '00 matmul', '45 min of 45', '6/10', 'failing 6 of 10 points', '2'],
    ]);
    expect(await rows.last().locator('a').getAttribute('href')).toBe('#kata-matmul');
    expect(await page.locator('h2#interviews').textContent()).toBe('Mock interviews (2)');
  });

  it('fetches nothing and logs no errors', () => {
    expect(requests).toHaveLength(1);
    expect(problems).toEqual([]);
  });
});
