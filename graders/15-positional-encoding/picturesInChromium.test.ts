import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPresent } from '../kit/proof/chromium';
import { solvedReportOffline } from '../kit/proof/solvedReportOffline';
import type { PictureGrid, PictureLines } from '../kit/results/picture';
import type { KataResult, RunResults } from '../kit/results/results';
import { D, LENGTH } from './encodingHeatmap';
import { DISTANCES, SCORE_D } from './ropeScore';

// This kata's two pictures as a learner sees them: the solution really
// graded, its encoding as a heatmap and its RoPE score against m − n drawn
// from its own functions, rendered to a file and opened offline in headless
// Chromium; every cell and point is the learner's value.

describe.skipIf(!chromiumPresent)("positional-encoding's pictures in headless Chromium", () => {
  let kata: KataResult;
  let browser: Browser;
  let page: Page;
  let requests: string[] = [];
  let problems: string[] = [];

  beforeAll(async () => {
    let results: RunResults;
    ({ browser, page, requests, problems, results } = await solvedReportOffline(['positional-encoding']));
    kata = results.katas.find((k) => k.slug === 'positional-encoding')!;
  });

  afterAll(async () => {
    await browser?.close();
  });

  const figure = (id: string) =>
    page.locator(`section.kata[data-slug="positional-encoding"] .kata-picture[data-picture="${id}"]`);

  it('draws sinusoidalEncoding(48, 32) as a heatmap, cell for cell', async () => {
    expect(kata.status).toBe('passed');
    const drawn = kata.pictures?.find((p) => p.id === 'encoding-heatmap')?.drawn as PictureGrid | undefined;
    const [pe] = drawn!.grid;
    expect(pe).toHaveLength(LENGTH);
    expect(pe[0]).toEqual(Array.from({ length: D }, (_, j) => (j % 2 === 0 ? 0 : 1)));
    const cells = await figure('encoding-heatmap')
      .locator('rect.cell')
      .evaluateAll((rs) => rs.map((r) => Number(r.getAttribute('data-value'))));
    expect(cells).toEqual(pe.flat());
  });

  it('draws the RoPE score against m − n: d at 0, every point the learner’s', async () => {
    const drawn = kata.pictures?.find((p) => p.id === 'rope-score')?.drawn as PictureLines | undefined;
    expect(drawn?.x).toHaveLength(DISTANCES);
    const [score] = drawn!.series;
    const points = await figure('rope-score')
      .locator(`circle.point[data-series="${score.name.text}"]`)
      .evaluateAll((cs) => cs.map((c) => Number(c.getAttribute('data-value'))));
    expect(points).toEqual(score.values);
    // q = k = ones: Σᵢ 2cos((m − n)θ_i) is d at distance 0 and smaller everywhere after.
    expect(score.values[0]).toBeCloseTo(SCORE_D, 9);
    expect(score.values.slice(1).every((v) => v < SCORE_D - 1)).toBe(true);
  });

  it('fetches nothing and logs no error', () => {
    expect(requests.filter((u) => !u.startsWith('file:'))).toEqual([]);
    expect(problems).toEqual([]);
  });
});
