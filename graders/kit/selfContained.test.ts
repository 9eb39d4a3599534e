import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './paths';

// A clone has nothing beside it: no file of the project may point outside the repository.
describe('the repository stands alone', () => {
  it('no tracked file refers to the planning folder beside the repository', () => {
    const pattern = ['\\.\\.', 'shared'].join('/');
    const r = spawnSync(
      'git',
      ['-C', repoRoot, 'grep', '-n', '-I', '-E', pattern, '--', '.', ':(exclude)package-lock.json'],
      {
        encoding: 'utf8',
      },
    );
    expect(r.stdout).toBe('');
  });
});
