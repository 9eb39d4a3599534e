import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { KataEntry } from '../../catalog';
import { kataFolder, repoRoot } from '../paths';
import { isStub } from './isStub';

/** Where `kata` keeps a copy of each stub it has seen untouched: reset's fallback without git. */
export function pristineCopy(stateDir: string, kata: KataEntry): string {
  return path.join(stateDir, 'pristine', kataFolder(kata), `${kata.slug}.ts`);
}

/**
 * The stub of a kata, for `kata reset`. From git first: the newest committed
 * version of katas/<NN-slug>/<slug>.ts that is still a stub (a learner who
 * committed their work gets the stub from before it, not their own code);
 * then the copy `kata` kept when it first saw the stub (a clone without
 * .git, e.g. a downloaded archive). Undefined when neither has one.
 */
export function pristineStub(kata: KataEntry, stateDir: string, gitDir = repoRoot): string | undefined {
  const rel = `katas/${kataFolder(kata)}/${kata.slug}.ts`;
  for (const commit of git(gitDir, ['log', '--format=%H', '-n', '200', '--', rel])?.split('\n').filter(Boolean) ?? []) {
    const source = git(gitDir, ['show', `${commit}:${rel}`]);
    if (source !== undefined && isStub(source)) return source;
  }
  const copy = pristineCopy(stateDir, kata);
  return fs.existsSync(copy) ? fs.readFileSync(copy, 'utf8') : undefined;
}

function git(cwd: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', args, {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 1 << 24,
    });
  } catch {
    return undefined;
  }
}
