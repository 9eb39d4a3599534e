import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findKata } from '../../catalog';
import { solutionsDir } from '../paths';
import { kataMessage } from '../reporters/propertyMessage';
import { gradeKatas } from './gradeKatas';
import { DEFAULT_SEED } from './propertySeed';
import { warmWorkers } from './warmWorkers';

// Watch mode keeps one worker per kata and requires the learner's fresh
// bundle each time: an edit must be seen, and a loop must still be stopped.

const matmul = findKata('matmul')!;
const solution = fs.readFileSync(path.join(solutionsDir, '00-matmul', 'matmul.ts'), 'utf8');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gradkata-warm-'));
const file = path.join(tmp, '00-matmul', 'matmul.ts');
fs.mkdirSync(path.dirname(file), { recursive: true });
const workers = warmWorkers();
afterAll(() => {
  workers.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

const withTranspose = (body: string): string =>
  solution.replace(
    /export function transpose\(A: Matrix\): Matrix \{[\s\S]*?\n\}/,
    `export function transpose(A: Matrix): Matrix {\n${body}\n}`,
  );

async function grade(source: string, timeoutMs = 10_000) {
  fs.writeFileSync(file, source);
  const r = await gradeKatas({ target: tmp, katas: [matmul], seed: DEFAULT_SEED, timeoutMs, runWorker: workers.run });
  return r.katas[0];
}

describe('a warm worker', () => {
  it('sees each new version of the learner file', async () => {
    expect((await grade(solution)).status).toBe('passed');
    const broken = await grade(withTranspose('  return A;'));
    expect(broken.properties.find((p) => p.id === 'transpose-matches-reference')?.status).toBe('fail');
    expect((await grade(solution)).status).toBe('passed');
  });

  it('stops an infinite loop, then grades the next version in a new worker', async () => {
    const loop = await grade(withTranspose('  while (true) {}'), 1500);
    expect(loop.status).toBe('error');
    expect(kataMessage(loop)).toMatch(
      /stopped after 1.5 s while checking "transpose swaps rows and columns without touching its input"/,
    );
    expect((await grade(solution)).status).toBe('passed');
  });

  it('is replaced after a broken rule (process.exit), and survives a syntax error', async () => {
    expect(kataMessage(await grade(withTranspose('  process.exit(3);')))).toMatch(/no-process-exit/); // a broken rule: this worker is not reused
    expect((await grade(solution.replace('return A[0].map', 'return A[0].map((('))).status).toBe('error');
    expect((await grade(solution)).status).toBe('passed');
  });
});
