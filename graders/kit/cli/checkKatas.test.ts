import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findKata } from '../../catalog';
import { solutionsDir, stateDir } from '../paths';
import { checkKatas } from './checkKatas';

// Inside the repository (under .kata/), so `#lib` resolves as in katas/.
const target = path.join(stateDir, `check-katas-test-${process.pid}`);
const matmul = findKata('matmul')!;
const solution = fs.readFileSync(path.join(solutionsDir, '00-matmul', 'matmul.ts'), 'utf8');
afterAll(() => fs.rmSync(target, { recursive: true, force: true }));

function write(source: string): void {
  fs.mkdirSync(path.join(target, '00-matmul'), { recursive: true });
  fs.writeFileSync(path.join(target, '00-matmul', 'matmul.ts'), source);
}

describe('checkKatas (the pre-commit checks)', () => {
  it('passes a clean kata', async () => {
    write(solution);
    expect(await checkKatas([matmul], target)).toEqual([]);
  });

  it('reports a type error with file and line', async () => {
    write(`${solution}\nexport const oops: number = 'one';\n`);
    const problems = await checkKatas([matmul], target);
    expect(problems.join('\n')).toMatch(/matmul\.ts\(\d+,\d+\): error TS2322/);
  });

  it('reports a forbidden import nothing uses (the pre-commit hook reads the source too)', async () => {
    write(`import { readFileSync } from 'fs';\n${solution}`);
    expect((await checkKatas([matmul], target)).join('\n')).toMatch(/matmul\.ts:1 imports 'fs'/);
  });

  it('reports a forbidden import', async () => {
    write(`import * as tf from '@tensorflow/tfjs-core';\nvoid tf;\n${solution}`);
    expect((await checkKatas([matmul], target)).join('\n')).toMatch(/may not import TensorFlow\.js/);
  });
});
