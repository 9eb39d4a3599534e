import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { type Message, msg } from '../results/message';
import type { IgnoredChange } from '../results/prResults';
import type { ChangedFile } from './changedFiles';
import { because, pathPolicy } from './pathPolicy';

/** Far above any kata file; a larger one is not a kata. */
export const MAX_KATA_FILE_BYTES = 256 * 1024;

/** Grading with pinned graders: what the changes are against, and which of them the PR itself made. */
export interface AgainstPin {
  readonly label: string;
  /** The files the PR's own commits change (base...head); undefined when there is no base to tell. */
  readonly inPullRequest?: ReadonlySet<string>;
}

/**
 * Writes the PR's version of each kata file into a checkout of the commit
 * that grades (the base, or the pinned graders) and leaves everything else
 * as that commit has it. Only regular files are taken: a symlink could point
 * a kata at a solution.
 */
export function applyHeadKatas(
  repo: string,
  worktree: string,
  changes: readonly ChangedFile[],
  pin?: AgainstPin,
): { graded: string[]; ignored: IgnoredChange[] } {
  const graded: string[] = [];
  const ignored: IgnoredChange[] = [];
  for (const c of changes) {
    const verdict = pathPolicy(c.path);
    if (verdict.use === 'base') {
      // Against a pin, a file the student's tree lacks (a grader removed, the solutions a template never had) changes nothing.
      if (pin && c.status === 'D') continue;
      const { reason, why } = pin ? because(pinnedReason(verdict, c.path, pin)) : verdict;
      ignored.push({ path: c.path, reason, why, protected: verdict.protected });
      continue;
    }
    const dest = path.join(worktree, c.path);
    if (c.status === 'D') {
      fs.rmSync(dest, { force: true });
      graded.push(c.path);
      continue;
    }
    if (c.mode !== '100644' && c.mode !== '100755') {
      const why = msg(pin ? 'ignored.not-regular-pinned' : 'ignored.not-regular-base', { mode: c.mode });
      ignored.push({ path: c.path, ...because(why), protected: true });
      continue;
    }
    const contents = execFileSync('git', ['-C', repo, 'cat-file', 'blob', c.blob!], { maxBuffer: 64 << 20 });
    if (contents.length > MAX_KATA_FILE_BYTES) {
      const why = msg(pin ? 'ignored.too-large-pinned' : 'ignored.too-large-base', { kib: MAX_KATA_FILE_BYTES / 1024 });
      ignored.push({ path: c.path, ...because(why), protected: true });
      continue;
    }
    fs.mkdirSync(path.dirname(dest), { recursive: true });
    fs.writeFileSync(dest, contents);
    graded.push(c.path);
  }
  return { graded, ignored };
}

function pinnedReason(verdict: { what: Message; protected: boolean }, file: string, pin: AgainstPin): Message {
  if (!verdict.protected) return verdict.what;
  const where = !pin.inPullRequest
    ? 'ignored.where.differs'
    : pin.inPullRequest.has(file)
      ? 'ignored.where.in-pr'
      : 'ignored.where.on-base';
  return msg('ignored.pinned', { what: verdict.what, where: msg(where), label: pin.label });
}
