import { execFileSync } from 'node:child_process';

/** A git command in `repo`, its output trimmed; throws with git's message when git fails. */
export function git(repo: string, ...args: string[]): string {
  return execFileSync('git', ['-C', repo, ...args], { encoding: 'utf8', maxBuffer: 64 << 20 }).trim();
}
