import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findKata } from '../../catalog';
import { katasDir, repoRoot } from '../paths';
import { keepPristine } from './keepPristine';
import { pristineCopy, pristineStub } from './pristineStub';

const matmul = findKata('matmul')!;
const stub = fs.readFileSync(path.join(katasDir, '00-matmul', 'matmul.ts'), 'utf8');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gradkata-pristine-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('pristineStub', () => {
  // A checkout without .git (a downloaded archive) has no history to read.
  it.skipIf(!fs.existsSync(path.join(repoRoot, '.git')))('comes from git history', () => {
    expect(pristineStub(matmul, path.join(tmp, 'no-state'))).toBe(stub);
  });

  it('without git, comes from the copy kept when the stub was first seen, and only a stub is kept', () => {
    const target = path.join(tmp, 'katas');
    fs.cpSync(katasDir, target, { recursive: true });
    fs.writeFileSync(path.join(target, '13-attention', 'attention.ts'), 'export const started = 1;\n');
    const state = path.join(tmp, 'state');
    keepPristine(target, state);
    const noGit = path.join(tmp, 'not-a-repository');
    fs.mkdirSync(noGit);
    expect(pristineStub(matmul, state, noGit)).toBe(stub);
    expect(fs.existsSync(pristineCopy(state, findKata('attention')!))).toBe(false);
    expect(pristineStub(findKata('attention')!, state, noGit)).toBeUndefined();
  });
});
