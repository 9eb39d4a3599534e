import path from 'node:path';
import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPresent } from '../proof/chromium';
import { gradedFixture, sources } from '../proof/gradedFixture';
import { openOffline } from '../proof/openOffline';
import { propertyMessage } from '../reporters/propertyMessage';
import type { KataResult, PropertyResult, RunResults } from '../results/results';
import { flatten } from '../tensor/nested';
import { writeReport } from './writeReport';

// The report as a learner sees it: really graded results (a passed, a
// not-started, two known-wrong variants and a file that throws markup),
// rendered to a file and opened from file:// in Debian's headless Chromium.

const HOSTILE =
  'console.log("<img src=x onerror=alert(1)>");\nthrow new Error("<script>document.title = \'pwned\'</script>");\n';

describe.skipIf(!chromiumPresent)('the HTML report in headless Chromium', () => {
  let results: RunResults;
  let browser: Browser;
  let page: Page;
  let requests: string[] = [];
  let problems: string[] = [];

  beforeAll(async () => {
    const graded = await gradedFixture({
      matmul: sources.solution,
      'mlp-backprop': sources.variant('bias-grad-first-row'),
      attention: sources.variant('no-scale'),
      'classification-losses': { code: HOSTILE },
    });
    results = graded.results;
    const file = writeReport(path.join(graded.target, 'report.html'), results);
    ({ browser, page, requests, problems } = await openOffline(file));
  });

  afterAll(async () => {
    await browser?.close();
  });

  const section = (slug: string) => page.locator(`section.kata[data-slug="${slug}"]`);
  const failed = (slug: string): PropertyResult[] =>
    results.katas
      .find((k) => k.slug === slug)!
      .properties.filter((p) => p.status === 'fail' && p.failure?.detail.tensors);

  it('shows each kata with the status the grading gave it', async () => {
    // The four katas picked above; every other kata of the catalogue is its stub.
    const picked: Record<string, KataResult['status']> = {
      matmul: 'passed',
      'mlp-backprop': 'failing',
      'classification-losses': 'error',
      attention: 'failing',
    };
    const expected = (slug: string): KataResult['status'] => picked[slug] ?? 'not-started';
    for (const k of results.katas) {
      expect(k.status, k.slug).toBe(expected(k.slug));
      const row = page.locator(`tr.kata-row[data-slug="${k.slug}"]`);
      const text = k.status === 'failing' ? `failing ${k.points} of ${k.maxPoints} points` : k.status.replace('-', ' ');
      expect(await row.locator('td').nth(3).textContent()).toBe(text);
      expect(await row.locator('td').nth(4).textContent()).toContain(`${k.points}/${k.maxPoints}`);
    }
  });

  it('lists every failing property with its message', async () => {
    for (const k of results.katas.filter((r) => r.status === 'failing')) {
      for (const p of k.properties.filter((q) => q.status === 'fail')) {
        expect(await section(k.slug).locator(`li.property[data-id="${p.id}"] pre.message`).textContent()).toBe(
          propertyMessage(results, k, p),
        );
      }
    }
  });

  it("marks the worst element of the failing case with the learner's and the expected value", async () => {
    const props = [...failed('mlp-backprop'), ...failed('attention')];
    expect(props.length).toBeGreaterThan(3);
    for (const slug of ['mlp-backprop', 'attention']) {
      for (const p of failed(slug)) {
        const d = p.failure!.detail;
        const li = section(slug).locator(`li.property[data-id="${p.id}"]`);
        for (const [role, value] of [
          ['got', d.got],
          ['expected', d.expected],
        ] as const) {
          const worst = li.locator(`figure.heatmap[data-role="${role}"] rect.worst`);
          expect(await worst.count(), `${slug} ${p.id} ${role}`).toBe(1);
          expect(await worst.getAttribute('data-index')).toBe(d.index!.join(','));
          expect(Number(await worst.getAttribute('data-value'))).toBe(value);
          expect(await worst.locator('title').textContent()).toBe(`${d.argument}[${d.index!.join('][')}] = ${value}`);
        }
      }
    }
  });

  it('draws the attention weights of the failing case, yours and the reference, per batch and head', async () => {
    const p = failed('attention').find((q) => q.id === 'weights-match-reference')!;
    const t = p.failure!.detail.tensors!;
    const pictures = section('attention').locator(
      'li.property[data-id="weights-match-reference"] .pictures[data-argument="weights"]',
    );
    expect(await pictures.locator('h4').textContent()).toContain('attention weights');
    const [B, H] = [(t.got as number[][][][]).length, (t.got as number[][][][])[0].length];
    for (const [role, tensor] of [
      ['got', t.got],
      ['expected', t.expected],
    ] as const) {
      const map = pictures.locator(`figure.heatmap[data-role="${role}"]`);
      expect(await map.locator('figure.panel').count()).toBe(B * H);
      expect(await map.locator('figure.panel figcaption').first().textContent()).toBe('batch 0, head 0');
      const values = await map
        .locator('rect.cell')
        .evaluateAll((rs) => rs.map((r) => Number(r.getAttribute('data-value'))));
      expect(values).toEqual(flatten(tensor));
    }
  });

  it('draws the gradient norm per layer, yours against the reference, for a wrong MLP backward', async () => {
    const p = failed('mlp-backprop').find((q) => q.id === 'gradients-match-reference')!;
    const c = p.failure!.detail.curves!;
    expect(c.x).toEqual(['dW1', 'db1', 'dW2', 'db2']);
    const chart = section('mlp-backprop').locator('li.property[data-id="gradients-match-reference"] figure.curves');
    for (const s of c.series) {
      const drawn = await chart
        .locator(`circle.point[data-series="${s.name}"]`)
        .evaluateAll((cs) => cs.map((e) => [e.getAttribute('data-x'), Number(e.getAttribute('data-value'))]));
      expect(drawn).toEqual(c.x.map((x, i) => [x, s.values[i]]));
    }
    // The bias gradient taken from one example: its norm is off the reference's, the weights' are not.
    const [yours, reference] = c.series.map((s) => s.values);
    expect(yours[3]).not.toBeCloseTo(reference[3], 6);
    expect(yours[0]).toBeCloseTo(reference[0], 6);
  });

  it('shows learner-controlled text as text', async () => {
    const s = section('classification-losses');
    expect(await s.locator('pre.kata-message').textContent()).toContain("<script>document.title = 'pwned'</script>");
    expect(await s.locator('details.output pre').textContent()).toContain('<img src=x onerror=alert(1)>');
    expect(await page.title()).toBe('gradkata report');
    expect(await page.locator('script, img').count()).toBe(0);
  });

  it('fetches nothing and logs no errors', () => {
    expect(requests.filter((u) => !u.startsWith('file:'))).toEqual([]);
    expect(requests.length).toBe(1);
    expect(problems).toEqual([]);
  });
});
