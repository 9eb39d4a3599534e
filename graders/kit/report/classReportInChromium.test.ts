import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPresent } from '../proof/chromium';
import { oneKataPerTrack } from '../proof/oneKataPerTrack';
import { openOffline } from '../proof/openOffline';
import { buildSyntheticClass, type SyntheticPick, type SyntheticStudent } from '../proof/syntheticClass';
import { writeSyntheticClass } from '../proof/syntheticClassFiles';
import type { KataStatus } from '../results/results';
import { classReportHtml } from './classReportHtml';
import { readClassInputs } from './classReportInputs';

// The page an instructor reads, for a synthetic class of 240 students built
// from real grading (each kata's solution, stub, a file that does not build
// and known-wrong variants, each graded once; proof/syntheticClass.ts), read
// back from the files grading writes, rendered, and opened from file:// in
// Debian's headless Chromium. Every expected figure comes from what each
// student was given, never from the report's own counting. The class is set
// one kata per track: the page is the same for any kata, and what it costs
// to build grows with the tracks, not the catalogue (on a learner's branch,
// where the proof has not graded these targets first, it took 30 s at 19 katas).
const katas = oneKataPerTrack;

const STUDENTS = 240;
const STATUS_OF: Record<SyntheticPick['kind'], KataStatus> = {
  solution: 'passed',
  stub: 'not-started',
  'syntax-error': 'error',
  variant: 'failing',
};

describe.skipIf(!chromiumPresent)('the class report in headless Chromium', () => {
  let students: SyntheticStudent[];
  let browser: Browser;
  let page: Page;
  let file: string;
  let requests: string[] = [];
  let problems: string[] = [];
  let dir: string;
  let copiedCommit: string;

  beforeAll(async () => {
    // Three wrong variants a kata: six gradings a kata, and more distinct misconceptions than the top ten shows.
    students = await buildSyntheticClass({ students: STUDENTS, seed: 20261201, variantsPerKata: 3, katas });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gradkata-class-report-'));
    const classDir = path.join(dir, 'class');
    const files = writeSyntheticClass(students, classDir);
    // What a real download holds besides: a student's file copied under another name, and a file that is not results.
    const again = path.join(dir, 'again.json');
    fs.copyFileSync(files[1], again);
    copiedCommit = (JSON.parse(fs.readFileSync(again, 'utf8')) as { head: string }).head;
    const junk = path.join(dir, 'notes.json');
    fs.writeFileSync(junk, '{"todo": "grade the class"}');
    file = path.join(dir, 'class-report.html');
    const inputs = readClassInputs([classDir, again, junk], (f) => path.relative(dir, f));
    fs.writeFileSync(file, classReportHtml(inputs));
    ({ browser, page, requests, problems } = await openOffline(file));
  });

  afterAll(async () => {
    await browser?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  /** Students per misconception as the class was built: each student once per variant it was given. */
  const built = (slug?: string): { id: string; students: number; text: string }[] => {
    const counts = new Map<string, { id: string; students: number; text: string }>();
    for (const s of students)
      for (const [kata, p] of Object.entries(s.picks)) {
        if (p.kind !== 'variant' || (slug && kata !== slug)) continue;
        const c = counts.get(p.misconception) ?? { id: p.misconception, students: 0, text: p.text };
        c.students++;
        counts.set(p.misconception, c);
      }
    return [...counts.values()].sort((a, b) => b.students - a.students || (a.id < b.id ? -1 : 1));
  };

  const rows = (table: string) =>
    page.locator(`${table} tr.misconception`).evaluateAll((trs) =>
      trs.map((tr) => ({
        id: tr.getAttribute('data-id'),
        students: Number(tr.querySelector('[data-students]')?.textContent),
        text: tr.querySelector('.text')?.textContent,
      })),
    );

  it('was built as planned: each kind of file graded to the status it stands for', () => {
    expect(students.length).toBe(STUDENTS);
    for (const s of students)
      for (const k of s.results.katas)
        expect(k.status, `${s.name} ${k.slug} (${s.picks[k.slug].kind})`).toBe(STATUS_OF[s.picks[k.slug].kind]);
  });

  it('counts every student once, and lists the copy and the file that is not results', async () => {
    expect(await page.locator('p.meta').textContent()).toMatch(
      new RegExp(`^${STUDENTS} students · ${katas.length} katas · `),
    );
    expect(await page.locator('tr.duplicate td').allTextContents()).toEqual([
      'again.json',
      path.join('class', students[1].name, 'artifact.json'),
      `the same commit, ${copiedCommit.slice(0, 7)}`,
    ]);
    expect(await page.locator('tr.skipped td').allTextContents()).toEqual([
      'notes.json',
      'not a gradkata results file: it has no "katas" (give the results.json or artifact.json that grading writes)',
    ]);
  });

  it('shows per kata how many passed, are failing, have not started and hit an error', async () => {
    for (const kata of katas) {
      const row = page.locator(`table.katas tr.kata-row[data-slug="${kata.slug}"]`);
      expect(await row.locator('td[data-students]').textContent()).toBe(String(STUDENTS));
      for (const status of ['passed', 'failing', 'not-started', 'error'] as const) {
        const expected = students.filter((s) => STATUS_OF[s.picks[kata.slug].kind] === status).length;
        expect(await row.locator(`td[data-status="${status}"]`).textContent(), `${kata.slug} ${status}`).toBe(
          String(expected),
        );
      }
    }
  });

  it("draws each kata's points, one bar per score, from the students who started it", async () => {
    for (const kata of katas) {
      const started = students
        .filter((s) => s.picks[kata.slug].kind !== 'stub')
        .map((s) => s.results.katas.find((k) => k.slug === kata.slug)!);
      const svg = page.locator(`section.kata[data-slug="${kata.slug}"] svg.histogram`);
      const unit = await svg.getAttribute('data-unit');
      const bins = await svg
        .locator('rect.bin')
        .evaluateAll((rs) => rs.map((r) => ['from', 'to', 'count'].map((a) => Number(r.getAttribute(`data-${a}`)))));
      expect(bins.reduce((n, [, , c]) => n + c, 0)).toBe(started.length);
      // A bar per score, or (a kata of more than 40 points) per tenth of the maximum, the last one including it.
      const bin = (k: (typeof started)[number]): number =>
        unit === 'points' ? k.points : 10 * Math.min(9, Math.floor((10 * k.points) / k.maxPoints));
      for (const [from, to, count] of bins)
        expect(count, `${kata.slug} ${from}–${to} ${unit}`).toBe(started.filter((k) => bin(k) === from).length);
      if (unit === 'points') expect(bins.map(([from]) => from)).toEqual([...Array(started[0].maxPoints + 1).keys()]);
      else expect(started[0].maxPoints).toBeGreaterThan(40);
    }
  });

  it('puts the misconceptions the class hit most first, with their text and how many students hit each', async () => {
    const expected = built();
    expect(expected.length).toBeGreaterThan(10);
    expect(await rows('table.top')).toEqual(expected.slice(0, 10));
    for (const kata of katas)
      expect(await rows(`section.kata[data-slug="${kata.slug}"] table.misconceptions`), kata.slug).toEqual(
        built(kata.slug),
      );
  });

  it('fetches nothing and logs no errors', () => {
    expect(requests.filter((u) => !u.startsWith('file:'))).toEqual([]);
    expect(requests.length).toBe(1);
    expect(problems).toEqual([]);
  });

  it('renders in well under 2 s (median of 7 loads; the bound is generous, the figure is printed)', async () => {
    const times: number[] = [];
    for (let i = 0; i < 7; i++) {
      await page.goto(`file://${file}`, { waitUntil: 'load' });
      // The page's own navigation timing, from the request to the end of its load event (layout included).
      times.push(Number(await page.evaluate("performance.getEntriesByType('navigation')[0].duration")));
    }
    times.sort((a, b) => a - b);
    const median = times[3];
    const bytes = fs.statSync(file).size;
    console.info(
      `class report of ${STUDENTS} students (${bytes} bytes): navigation to load, median ${median.toFixed(1)} ms of 7 (${times.map((t) => t.toFixed(0)).join(', ')} ms)`,
    );
    expect(median).toBeLessThan(2000);
  });
});
