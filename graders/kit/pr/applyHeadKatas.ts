import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { IgnoredChange } from '../results/prResults';
import type { ChangedFile } from './changedFiles';
import { pathPolicy } from './pathPolicy';

/** Far above any kata file; a larger one is not a kata. */
export const MAX_KATA_FILE_BYTES = 256 * 1024;

/**
 * Writes the PR's version of each kata file into a checkout of the base
 * commit and leaves everything else as the base has it. Only regular files
 * are taken: a symlink could point a kata at a solution.
 */
export function applyHeadKatas(
  repo: string,
  worktree: string,
  changes: readonly ChangedFile[],
): { graded: string[]; ignored: IgnoredChange[] } {
  const graded: string[] = [];
  const ignored: IgnoredChange[] = [];
  for (const c of changes) {
    const verdict = pathPolicy(c.path);
    if (verdict.use === 'base') {
      ignored.push({ path: c.path, reason: verdict.reason, protected: verdict.protected });
      continue;
    }
    const dest = path.join(worktree, c.path);
    if (c.status === 'D') {
      fs.rmSync(dest, { force: true });
      graded.push(c.path);
      continue;
    }
    if (c.mode !== '100644' && c.mode !== '100755') {
      ignored.push({
        path: c.path,
        reason: `not a regular file (git mode ${c.mode}: a symlink or submodule): the base version is used`,
        protected: true,
      });
      continue;
    }
    const contents = execFileSync('git', ['-C', repo, 'cat-file', 'blob', c.blob!], { maxBuffer: 64 << 20 });
    if (contents.length > MAX_KATA_FILE_BYTES) {
      ignored.push({
        path: c.path,
        reason: `larger than ${MAX_KATA_FILE_BYTES / 1024} KiB: the base version is used`,
        protected: true,
      });
      continue;
    }
    fs.mkdirSync(path.dirname(dest), { recursive: true });
    fs.writeFileSync(dest, contents);
    graded.push(c.path);
  }
  return { graded, ignored };
}
