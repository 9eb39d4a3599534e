import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { catalog, findKata } from '../../catalog';
import { learnerFile, repoRoot, solutionsDir } from '../paths';
import { isStub } from '../state/isStub';
import { copyPristineKatas } from './copyPristineKatas';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gradkata-copy-pristine-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** A learner's repository: this checkout's katas/ committed, then matmul solved and committed, attention solved. */
function learnerRepository(): { git: string; katas: string } {
  const git = path.join(tmp, 'learner');
  const katas = path.join(git, 'katas');
  copyPristineKatas(katas);
  const run = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=learner', '-c', 'user.email=learner@example.com', ...args], {
      cwd: git,
      stdio: 'ignore',
    });
  run('init', '--quiet');
  run('add', '.');
  run('commit', '--quiet', '-m', 'from the template');
  for (const slug of ['matmul', 'attention']) {
    const kata = findKata(slug)!;
    fs.copyFileSync(learnerFile(solutionsDir, kata), learnerFile(katas, kata));
    if (slug === 'matmul') run('commit', '--quiet', '-am', 'my matmul');
  }
  return { git, katas };
}

describe('copyPristineKatas', () => {
  it("gives the untouched stubs of a learner's repository, committed work or not", () => {
    const where = { ...learnerRepository(), state: path.join(tmp, 'no-state') };
    const copy = copyPristineKatas(path.join(tmp, 'copy'), where);
    for (const kata of catalog) {
      const source = fs.readFileSync(learnerFile(copy, kata), 'utf8');
      expect(isStub(source), kata.slug).toBe(true);
      expect(source, kata.slug).not.toBe(fs.readFileSync(learnerFile(solutionsDir, kata), 'utf8'));
    }
    // The support code comes as it is.
    expect(fs.readdirSync(path.join(copy, 'lib'))).toEqual(fs.readdirSync(path.join(where.katas, 'lib')));
  });

  it('is how every test gets a fresh copy of the katas: none copies katas/ itself', () => {
    // On a learner's branch katas/ holds their work; a plain copy made the project's tests fail there.
    const offenders: string[] = [];
    const walk = (dir: string): void => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (e.name.endsWith('.test.ts') || e.name === 'testContext.ts') {
          const text = fs.readFileSync(p, 'utf8');
          if (/cpSync\(\s*(katasDir|path\.join\(repoRoot, 'katas'\))/.test(text))
            offenders.push(path.relative(repoRoot, p));
        }
      }
    };
    walk(path.join(repoRoot, 'graders'));
    expect(offenders).toEqual([]);
  });
});
