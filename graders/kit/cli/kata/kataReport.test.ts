import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
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
  });

  it('writes .kata/report.html by default', async () => {
    t = testContext();
    expect(await runKata(['report'], t.ctx)).toBe(0);
    expect(fs.existsSync(path.join(t.stateDir, 'report.html'))).toBe(true);
  });
});
