import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalog } from '../../catalog';
import { kataReadme } from '../cli/kata/kataReadme';
import { kataFolder, katasDir } from '../paths';
import { chromiumPresent } from '../proof/chromium';
import { openOffline } from '../proof/openOffline';
import { markdownHtml } from '../reporters/markdownHtml';
import { formulasIn } from '../reporters/mathText';
import type { KataResult } from '../results/results';
import { kataSection } from './kataSection';
import { readmeStyle } from './readmeStyle';
import { reportStyle } from './reportStyle';

// Every formula of the six READMEs as the report writes it (MathML from
// temml), opened from file:// in Debian's headless Chromium under the
// report's Content-Security-Policy: parsed as MathML, laid out as math, and
// nothing fetched (no font, no stylesheet, no script).

const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";
// The elements of MathML Core, the part of MathML that browsers implement.
const MATHML_CORE = new Set(
  'math mrow mi mn mo ms mtext mspace msub msup msubsup munder mover munderover mfrac msqrt mroot mstyle mpadded mphantom mtable mtr mtd mmultiscripts mprescripts none semantics annotation annotation-xml'.split(
    ' ',
  ),
);

const readmes = catalog.map((k) => ({
  kata: k,
  text: fs.readFileSync(path.join(katasDir, kataFolder(k), 'README.md'), 'utf8'),
}));
const passed = (k: (typeof catalog)[number]): KataResult => ({
  slug: k.slug,
  number: k.number,
  track: k.track,
  title: k.title,
  file: `katas/${kataFolder(k)}/${k.slug}.ts`,
  status: 'passed',
  points: 1,
  maxPoints: 1,
  properties: [],
  durationMs: 1,
});

describe.skipIf(!chromiumPresent)('README math in headless Chromium', () => {
  let browser: Browser;
  let page: Page;
  let requests: string[] = [];
  let problems: string[] = [];

  beforeAll(async () => {
    const sections = readmes.map(
      ({ kata, text }) =>
        `<section class="readme" data-slug="${kata.slug}">${markdownHtml(text)}</section>${kataSection(
          { target: 'katas', seed: 1 },
          passed(kata),
          kataReadme(kata),
          3,
        )}`,
    );
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'gradkata-math-')), 'math.html');
    fs.writeFileSync(
      file,
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${CSP}"><title>math</title><style>${reportStyle}${readmeStyle}</style></head><body>${sections.join('\n')}</body></html>`,
    );
    ({ browser, page, requests, problems } = await openOffline(file));
  });

  afterAll(async () => {
    await browser?.close();
  });

  it.each(readmes.map(({ kata, text }) => [kata.slug, formulasIn(text).length] as const))(
    "parses each of %s's %i formulas as MathML Core and lays it out",
    async (slug, count) => {
      const found = await page.locator(`section.readme[data-slug="${slug}"]`).evaluate(
        (s, core) => {
          const ns = 'http://www.w3.org/1998/Math/MathML';
          return [...s.querySelectorAll('math')].map((m) => {
            const box = m.getBoundingClientRect();
            const all = [m, ...m.querySelectorAll('*')];
            return {
              text: m.textContent,
              mathml: all.every((e) => e.namespaceURI === ns),
              unknown: all.map((e) => e.localName).filter((n) => !core.includes(n)),
              drawn: box.width > 0 && box.height > 0,
            };
          });
        },
        [...MATHML_CORE],
      );
      expect(found).toHaveLength(count);
      expect(found.filter((f) => !f.mathml || f.unknown.length || !f.drawn)).toEqual([]);
    },
  );

  it('sets fractions, scripts and display formulas as math, not as a line of text', async () => {
    const layout = await page.locator('body').evaluate((body) => {
      const box = (e: { getBoundingClientRect: () => { top: number; bottom: number } } | null | undefined) =>
        e!.getBoundingClientRect();
      const frac = body.querySelector('mfrac')!;
      const sup = body.querySelector('msup')!;
      const block = body.querySelector('math[display="block"]')!;
      return {
        numeratorAbove: box(frac.children[0]).bottom <= box(frac.children[1]).top + 1,
        superscriptRaised: box(sup.children[1]).bottom < box(sup.children[0]).bottom,
        blockOnItsOwn: body.ownerDocument.defaultView!.getComputedStyle(block).display.startsWith('block'),
      };
    });
    expect(layout).toEqual({ numeratorAbove: true, superscriptRaised: true, blockOnItsOwn: true });
  });

  it("shows a passed kata's question, hints and follow-ups with their math", async () => {
    const s = page.locator('section.kata[data-slug="attention"]');
    expect(await s.locator('blockquote.question math').count()).toBeGreaterThan(0);
    expect(await s.locator('details.hints h3').count()).toBe(3);
    expect(await s.locator('details.follow-ups h3 math').count()).toBeGreaterThan(0);
    expect(await s.evaluate((e) => e.textContent?.match(/\$[^$]*\\[a-z]/)?.[0] ?? null)).toBeNull();
  });

  it('fetches nothing and logs no errors', () => {
    expect(requests.filter((u) => !u.startsWith('file:'))).toEqual([]);
    expect(problems).toEqual([]);
  });
});
