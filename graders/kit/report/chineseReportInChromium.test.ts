import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findKata } from '../../catalog';
import { kataReadme } from '../cli/kata/kataReadme';
import { graderDir, katasDir } from '../paths';
import { chromiumPresent } from '../proof/chromium';
import { openOffline } from '../proof/openOffline';
import { readKataTranslation } from '../reporters/kataWords';
import { setLanguage } from '../reporters/language';
import { reportFixture } from './reportFixture';
import { writeReport } from './writeReport';

// The report in Chinese as a learner opens it: written with the language
// set to zh-CN, opened from file:// in headless Chromium under the report's
// Content-Security-Policy, read back as the browser parsed and laid it out.

describe.skipIf(!chromiumPresent)('the HTML report in Chinese, in headless Chromium', () => {
  let browser: Browser;
  let page: Page;
  let requests: string[] = [];
  let problems: string[] = [];
  const { results } = reportFixture((slug) => kataReadme(findKata(slug)!, katasDir, 'en'));

  beforeAll(async () => {
    setLanguage('zh-CN');
    const { results: r, options } = reportFixture((slug) => kataReadme(findKata(slug)!, katasDir, 'zh-CN'));
    const file = writeReport(
      path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'gradkata-zh-')), 'report.html'),
      r,
      options,
    );
    setLanguage('en');
    ({ browser, page, requests, problems } = await openOffline(file));
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('is a Chinese page with Chinese headings', async () => {
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    expect(await page.title()).toBe('gradkata 学习报告');
    expect(await page.locator('h1').textContent()).toBe('gradkata 学习报告');
    expect(await page.locator('table.katas:not(.interviews) thead th').allTextContents()).toEqual([
      '#',
      '题目',
      '部分',
      '状态',
      '得分',
      '提示',
      '用时',
      '得分变化',
    ]);
    for (const k of results.katas) {
      const title = readKataTranslation(graderDir(findKata(k.slug)!), 'zh-CN')!.title;
      expect(await page.locator(`section.kata[data-slug="${k.slug}"] > h2`).textContent()).toContain(
        `${k.number} ${title}`,
      );
    }
    expect(await page.locator('h2#interviews').textContent()).toBe('模拟面试 （2 次）');
  });

  it("lays out the Chinese README's math as MathML, not as TeX", async () => {
    const found = await page.locator('section.kata').evaluateAll((sections) => {
      const ns = 'http://www.w3.org/1998/Math/MathML';
      const maths = sections.flatMap((s) => [...s.querySelectorAll('math')]);
      const frac = sections.map((s) => s.querySelector('mfrac')).find((f) => f !== null)!;
      type Box = { width: number; height: number; top: number; bottom: number };
      const box = (e: { getBoundingClientRect: () => Box }) => e.getBoundingClientRect();
      return {
        count: maths.length,
        notMathMl: maths.filter((m) => [m, ...m.querySelectorAll('*')].some((e) => e.namespaceURI !== ns)).length,
        notDrawn: maths.filter((m) => !(box(m).width > 0 && box(m).height > 0)).length,
        numeratorAbove: box(frac.children[0]).bottom <= box(frac.children[1]).top + 1,
        tex: sections.map((s) => s.textContent?.match(/\$[^$]*\\[a-z]/)?.[0]).filter(Boolean),
      };
    });
    expect(found.count).toBeGreaterThan(10);
    expect(found).toEqual({ count: found.count, notMathMl: 0, notDrawn: 0, numeratorAbove: true, tex: [] });
  });

  it('fetches nothing and logs no errors', () => {
    expect(requests.filter((u) => !u.startsWith('file:'))).toEqual([]);
    expect(requests.length).toBe(1);
    expect(problems).toEqual([]);
  });
});
