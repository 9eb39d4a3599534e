import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findKata } from '../../../catalog';
import { kataFolder, katasDir, solutionsDir } from '../../paths';
import { kataReadme } from './kataReadme';
import { reportReadme } from './kataReport';
import { runKata } from './runKata';
import { type TestContext, testContext } from './testContext';

let t: TestContext;
afterEach(() => t.cleanup());

// The page itself is tested in Chromium by graders/report; this is the wiring.
describe('kata report', () => {
  it('grades every kata and writes one self-contained page with hints from the progress', async () => {
    t = testContext();
    await runKata(['hint', 'matmul'], t.ctx);
    fs.writeFileSync(path.join(t.target, '00-matmul', 'matmul.ts'), 'export function matmul() { return [[0]]; }\n');
    const file = path.join(t.dir, 'out', 'report.html');
    expect(await runKata(['report', '--html', file], t.ctx)).toBe(0);
    expect(t.output()).toContain(`report written: ${file}`);
    const html = fs.readFileSync(file, 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('matmul');
    expect(html).toContain('ring-allreduce');
    expect(html).not.toMatch(/(src|href)="https?:/);
    // Each kata's question, its math as MathML; the one hint taken, and no follow-up before passing.
    const matmul = html.slice(html.indexOf('<h2>00 '), html.indexOf('<h2>', html.indexOf('<h2>00 ') + 1));
    expect(matmul).toMatch(/<blockquote class="question">[\s\S]*<math/);
    expect(matmul).toMatch(/the hints you used \(1 of 3\)/);
    expect(matmul).not.toMatch(/Model answer|follow-up/i);
  });

  it("charts a kata's points over time from its graded history and lists the interviews taken", async () => {
    t = testContext();
    const file = path.join(t.target, '00-matmul', 'matmul.ts');
    fs.writeFileSync(file, 'export function matmul() { return [[0]]; }\n');
    expect(await runKata(['test', 'matmul'], t.ctx)).toBe(1);
    t.advance(60 * 60_000);
    fs.copyFileSync(path.join(solutionsDir, '00-matmul', 'matmul.ts'), file);
    expect(await runKata(['test', 'matmul'], t.ctx)).toBe(0);
    const saved = JSON.parse(fs.readFileSync(t.ctx.progressFile, 'utf8'));
    const [first, second] = saved.katas.matmul.history;
    expect(second).toEqual({ at: first.at + 3_600_000, points: second.maxPoints, maxPoints: second.maxPoints });
    expect(first.points).toBeLessThan(second.points);
    const interview = { slug: 'attention', startedAt: t.ctx.now(), minutes: 45, elapsedMs: 45 * 60_000 };
    saved.interviews.push({ ...interview, hintsUsed: 2, points: 3, maxPoints: 12, status: 'failing' });
    fs.writeFileSync(t.ctx.progressFile, JSON.stringify(saved));
    t.advance(60_000);
    const out = path.join(t.dir, 'report.html');
    expect(await runKata(['report', '--html', out], t.ctx)).toBe(0);
    const html = fs.readFileSync(out, 'utf8');
    const chart = html.match(/<svg class="points-chart" data-slug="matmul".*?<\/svg>/)![0];
    expect([...chart.matchAll(/data-points="(\d+)"/g)].map((m) => Number(m[1]))).toEqual([first.points, second.points]);
    expect(html).toMatch(/<tr class="interview-row" data-slug="attention"[^>]*>.*?45 min of 45.*?3\/12/);
  });

  it('writes .kata/report.html by default', async () => {
    t = testContext();
    expect(await runKata(['report'], t.ctx)).toBe(0);
    expect(fs.existsSync(path.join(t.stateDir, 'report.html'))).toBe(true);
  });

  it('writes the page in Chinese with --lang zh-CN, from the Chinese READMEs, and says so in Chinese', async () => {
    t = testContext();
    await runKata(['hint', 'matmul'], t.ctx);
    fs.writeFileSync(path.join(t.target, '00-matmul', 'matmul.ts'), 'export function matmul() { return [[0]]; }\n');
    const file = path.join(t.dir, 'report.html');
    expect(await runKata(['report', '--lang', 'zh-CN', '--html', file], t.ctx)).toBe(0);
    const html = fs.readFileSync(file, 'utf8');
    const [, points, max] = html.match(/<p class="meta">.*?(\d+)\/(\d+) 分 · /)!;
    expect(t.output()).toContain(`报告已写入：${file}（${points}/${max} 分）`);
    expect(t.output()).toContain(`用浏览器打开：file://${file}`);
    expect(html).toContain('<html lang="zh-CN">');
    const zh = kataReadme(findKata('matmul')!, katasDir, 'zh-CN');
    const matmul = html.slice(html.indexOf('<h2>00 '), html.indexOf('<h2>', html.indexOf('<h2>00 ') + 1));
    expect(matmul).toContain('<h2>00 矩阵乘法及其梯度 ');
    expect(matmul).toMatch(/<blockquote class="question"><p>“不许用 NumPy[\s\S]*<math/);
    expect(matmul).toContain(
      `你用过的提示（共 ${zh.hints.length} 条，已看 1 条）</summary><h3>提示 1 — ${zh.hints[0].label}</h3>`,
    );
    expect(matmul).not.toContain('追问');
  });

  it("takes a kata's README in the language asked for, else its English one", () => {
    t = testContext();
    const kata = findKata('matmul')!;
    const dir = fs.mkdtempSync(path.join(t.dir, 'katas-'));
    fs.mkdirSync(path.join(dir, kataFolder(kata)));
    fs.copyFileSync(path.join(katasDir, kataFolder(kata), 'README.md'), path.join(dir, kataFolder(kata), 'README.md'));
    expect(reportReadme(kata, 'zh-CN', dir)).toEqual(kataReadme(kata, katasDir, 'en'));
    expect(reportReadme(kata, 'zh-CN')).toEqual(kataReadme(kata, katasDir, 'zh-CN'));
    expect(reportReadme(kata, 'zh-CN').question).not.toEqual(kataReadme(kata, katasDir, 'en').question);
  });
});
