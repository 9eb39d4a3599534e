import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPresent } from '../kit/proof/chromium';
import { solvedReportOffline } from '../kit/proof/solvedReportOffline';
import type { PictureLines } from '../kit/results/picture';
import type { KataResult, RunResults } from '../kit/results/results';
import { PICTURE, STEPS } from './schedulePicture';

// This kata's picture as a learner sees it: the solution really graded, its
// three schedules drawn from its own functions, rendered to a file and
// opened offline in headless Chromium; every point is the learner's value.

describe.skipIf(!chromiumPresent)("lr-schedules' picture in headless Chromium", () => {
  let kata: KataResult;
  let browser: Browser;
  let page: Page;
  let requests: string[] = [];
  let problems: string[] = [];

  beforeAll(async () => {
    let results: RunResults;
    ({ browser, page, requests, problems, results } = await solvedReportOffline(['lr-schedules']));
    kata = results.katas.find((k) => k.slug === 'lr-schedules')!;
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('draws one line per schedule over the 50 steps, every point the learner’s', async () => {
    expect(kata.status).toBe('passed');
    const drawn = kata.pictures?.find((p) => p.id === 'schedules')?.drawn as PictureLines | undefined;
    expect(drawn?.x).toHaveLength(STEPS);
    expect(drawn?.series.map((s) => s.name.text)).toEqual(['warmupCosine', 'stepDecay', 'exponentialDecay']);
    const figure = page.locator('section.kata[data-slug="lr-schedules"] .kata-picture[data-picture="schedules"]');
    for (const series of drawn!.series) {
      const points = await figure
        .locator(`circle.point[data-series="${series.name.text}"]`)
        .evaluateAll((cs) => cs.map((c) => Number(c.getAttribute('data-value'))));
      expect(points).toEqual(series.values);
    }
    const [warmupCosine, stepDecay] = drawn!.series.map((s) => s.values);
    // 0 at t = 0, baseLr at t = W, minLr from T on; the staircase halves every 10 steps.
    expect(warmupCosine[0]).toBe(0);
    expect(warmupCosine[PICTURE.warmupSteps]).toBeCloseTo(PICTURE.baseLr, 15);
    expect(warmupCosine[STEPS - 1]).toBeCloseTo(PICTURE.minLr, 15);
    expect(stepDecay[9]).toBe(PICTURE.baseLr);
    expect(stepDecay[10]).toBe(PICTURE.baseLr * PICTURE.stepGamma);
  });

  it('fetches nothing and logs no error', () => {
    expect(requests.filter((u) => !u.startsWith('file:'))).toEqual([]);
    expect(problems).toEqual([]);
  });
});
