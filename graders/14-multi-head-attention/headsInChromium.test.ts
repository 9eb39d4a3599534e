import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mhaForward } from '../../solutions/14-multi-head-attention/multi-head-attention';
import { chromiumPresent } from '../kit/proof/chromium';
import { solvedReportOffline } from '../kit/proof/solvedReportOffline';
import type { PictureGrid } from '../kit/results/picture';
import type { KataResult, RunResults } from '../kit/results/results';
import { pictureCase } from './headsPicture';
import { paramsOf } from './learner';

// The report's picture of this kata, as a learner sees it: the solution
// really graded, each head's attention weights drawn from its own mhaForward,
// rendered to a file and opened offline in headless Chromium.

describe.skipIf(!chromiumPresent)('multi-head attention’s heads in headless Chromium', () => {
  let kata: KataResult;
  let browser: Browser;
  let page: Page;
  let requests: string[] = [];
  let problems: string[] = [];

  beforeAll(async () => {
    let results: RunResults;
    ({ browser, page, requests, problems, results } = await solvedReportOffline(['multi-head-attention']));
    kata = results.katas.find((k) => k.slug === 'multi-head-attention')!;
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('draws one panel per head whose cells are the learner’s weights, exactly', async () => {
    expect(kata.status).toBe('passed');
    const drawn = kata.pictures?.find((p) => p.id === 'attention-heads')?.drawn as PictureGrid | undefined;
    const c = pictureCase();
    const { weights } = mhaForward(c.query, c.key, c.value, paramsOf(c), { heads: c.heads, causal: true });
    expect(drawn?.grid).toEqual(weights[0]);
    const figure = page.locator(
      'section.kata[data-slug="multi-head-attention"] .kata-picture[data-picture="attention-heads"]',
    );
    expect(await figure.locator('figure.panel').count()).toBe(4);
    expect(await figure.locator('figure.panel figcaption').allTextContents()).toEqual([
      'head 0',
      'head 1',
      'head 2',
      'head 3',
    ]);
    const cells = await figure
      .locator('rect.cell')
      .evaluateAll((rs) => rs.map((r) => [r.getAttribute('data-index'), Number(r.getAttribute('data-value'))]));
    expect(cells).toHaveLength(4 * 6 * 6);
    for (const [index, value] of cells) {
      const [h, i, j] = String(index).split(',').map(Number);
      expect(value).toBe(weights[0][h][i][j]);
    }
  });

  it('shows the causal mask: nothing above the diagonal, every row summing to 1', () => {
    const drawn = kata.pictures?.find((p) => p.id === 'attention-heads')?.drawn as PictureGrid;
    for (const P of drawn.grid) {
      for (const [i, row] of P.entries()) {
        expect(row.slice(i + 1).every((w) => w === 0)).toBe(true);
        expect(row[i]).toBeGreaterThan(0);
        expect(row.reduce((s, w) => s + w, 0)).toBeCloseTo(1, 12);
      }
    }
    // The heads differ: each has its own projections.
    expect(drawn.grid[0]).not.toEqual(drawn.grid[1]);
  });

  it('fetches nothing and logs no error', () => {
    expect(requests.filter((u) => !u.startsWith('file:'))).toEqual([]);
    expect(problems).toEqual([]);
  });
});
