import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPresent } from '../proof/chromium';
import { solvedReportOffline } from '../proof/solvedReportOffline';
import type { PictureLines } from '../results/picture';
import type { KataResult, RunResults } from '../results/results';

// A grader's pictures of the learner's own code, as a learner sees them:
// the residual-block and weight-init solutions really graded, their plots
// (08's "gradient short-cut": 50 stacked blocks against a plain stack; 05's
// activations through 30 ReLU layers with He and with Xavier, both on a log
// scale) drawn from their own functions, rendered to a file and opened
// offline in headless Chromium.

describe.skipIf(!chromiumPresent)("a grader's pictures in headless Chromium", () => {
  let kata: KataResult;
  let init: KataResult;
  let browser: Browser;
  let page: Page;
  let requests: string[] = [];
  let problems: string[] = [];

  beforeAll(async () => {
    let results: RunResults;
    ({ browser, page, requests, problems, results } = await solvedReportOffline(['residual-block', 'weight-init']));
    kata = results.katas.find((k) => k.slug === 'residual-block')!;
    init = results.katas.find((k) => k.slug === 'weight-init')!;
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('draws the gradient norm per layer of both stacks, the exact values of the results, on a log axis', async () => {
    expect(kata.status).toBe('passed');
    const drawn = kata.pictures?.find((p) => p.id === 'gradient-shortcut')?.drawn as PictureLines | undefined;
    expect(drawn?.x).toHaveLength(50);
    const figure = page.locator(
      'section.kata[data-slug="residual-block"] .kata-picture[data-picture="gradient-shortcut"]',
    );
    expect(await figure.locator('svg[data-y-scale="log"]').count()).toBe(1);
    for (const s of drawn!.series) {
      const values = await figure
        .locator(`circle.point[data-series="${s.name.text}"]`)
        .evaluateAll((cs) => cs.map((e) => Number(e.getAttribute('data-value'))));
      expect(values).toEqual(s.values);
    }
    // The skip keeps the gradient level; without it, it vanishes by decades.
    const [residual, plain] = drawn!.series.map((s) => s.values);
    expect(Math.max(...residual) / Math.min(...residual)).toBeLessThan(10);
    // x runs from the input (layer 1) to the top (layer 50), where dout enters.
    expect(plain[49] / plain[0]).toBeGreaterThan(1e10);
  });

  it('draws the activations through 30 ReLU layers: level with He, halving at every layer with Xavier', async () => {
    expect(init.status).toBe('passed');
    const drawn = init.pictures?.find((p) => p.id === 'variance-through-depth')?.drawn as PictureLines | undefined;
    expect(drawn?.x).toHaveLength(30);
    const figure = page.locator(
      'section.kata[data-slug="weight-init"] .kata-picture[data-picture="variance-through-depth"]',
    );
    expect(await figure.locator('svg[data-y-scale="log"]').count()).toBe(1);
    expect(await figure.locator('circle.point').count()).toBe(60);
    const [he, xavier] = drawn!.series.map((s) => s.values);
    // One seed, so fixed numbers; the margins are those of activationVariances.test.ts (±4 in log₂).
    expect(Math.abs(Math.log2(he[29] / he[0]))).toBeLessThan(4);
    expect(Math.abs(Math.log2(xavier[29] / xavier[0]) + 29)).toBeLessThan(4);
  });

  it('lays the chart out inside the page, every point within the plot', async () => {
    const svg = page.locator('.kata-picture[data-picture="gradient-shortcut"] svg[role="img"]');
    const box = (await svg.boundingBox())!;
    expect(box.width).toBeGreaterThan(300);
    expect(box.height).toBeGreaterThan(150);
    const points = await svg.locator('circle.point').evaluateAll((cs) =>
      cs.map((c) => {
        const r = c.getBoundingClientRect();
        return [r.x, r.y];
      }),
    );
    expect(points).toHaveLength(100);
    for (const [x, y] of points) {
      expect(x).toBeGreaterThanOrEqual(box.x - 4);
      expect(x).toBeLessThanOrEqual(box.x + box.width);
      expect(y).toBeGreaterThanOrEqual(box.y - 4);
      expect(y).toBeLessThanOrEqual(box.y + box.height);
    }
  });

  it('fetches nothing and logs no error', () => {
    expect(requests.filter((u) => !u.startsWith('file:'))).toEqual([]);
    expect(problems).toEqual([]);
  });
});
