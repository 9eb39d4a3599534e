import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findKata } from '../../catalog';
import { solutionsDir } from '../paths';
import { isStub } from './isStub';
import { keepPristine } from './keepPristine';
import { pristineCopy, pristineStub } from './pristineStub';

const matmul = findKata('matmul')!;
const solution = fs.readFileSync(path.join(solutionsDir, '00-matmul', 'matmul.ts'), 'utf8');
const stub = [
  "import { type Matrix, notImplemented } from '#lib';",
  'export function matmul(A: Matrix, B: Matrix): Matrix {',
  "  return notImplemented('matmul');",
  '}',
  '',
].join('\n');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gradkata-pristine-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** A repository of its own, so the test does not depend on what this checkout's katas/ holds. */
function learnerRepository(): string {
  const repo = path.join(tmp, 'repo');
  const file = path.join(repo, 'katas', '00-matmul', 'matmul.ts');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=learner', '-c', 'user.email=learner@example.com', ...args], {
      cwd: repo,
      stdio: 'ignore',
    });
  git('init', '--quiet');
  fs.writeFileSync(file, stub);
  git('add', '.');
  git('commit', '--quiet', '-m', 'the stub');
  fs.writeFileSync(file, solution);
  git('commit', '--quiet', '-am', 'my matmul');
  return repo;
}

describe('pristineStub', () => {
  it('the test stub is one', () => expect(isStub(stub)).toBe(true));

  it('comes from git history: a learner who committed their work gets the stub from before it', () => {
    expect(pristineStub(matmul, path.join(tmp, 'no-state'), learnerRepository())).toBe(stub);
  });

  it('without git, comes from the copy kept when the stub was first seen, and only a stub is kept', () => {
    const target = path.join(tmp, 'katas');
    for (const [folder, file, source] of [
      ['00-matmul', 'matmul.ts', stub],
      ['13-attention', 'attention.ts', 'export const started = 1;\n'],
    ]) {
      fs.mkdirSync(path.join(target, folder), { recursive: true });
      fs.writeFileSync(path.join(target, folder, file), source);
    }
    const state = path.join(tmp, 'state');
    keepPristine(target, state);
    const noGit = path.join(tmp, 'not-a-repository');
    fs.mkdirSync(noGit);
    expect(pristineStub(matmul, state, noGit)).toBe(stub);
    expect(fs.existsSync(pristineCopy(state, findKata('attention')!))).toBe(false);
    expect(pristineStub(findKata('attention')!, state, noGit)).toBeUndefined();
  });
});
