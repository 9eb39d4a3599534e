import fs from 'node:fs';
import type { KataEntry } from '../../catalog';
import { katasDir, learnerFile, repoRoot, stateDir } from '../paths';
import { isStub } from '../state/isStub';
import { pristineStub } from '../state/pristineStub';

/** Where to look: this checkout's katas/, its git repository and its kept copies unless told otherwise (tests). */
export interface PristineWhere {
  readonly katas?: string;
  readonly git?: string;
  readonly state?: string;
}

/**
 * A kata's untouched stub, whatever a learner has done to katas/: the
 * working copy while it is still a stub (a kata being written, not committed
 * yet), else the last stub git has, else the copy `kata` kept. The project's
 * own tests start from it, so they stay green on a learner's branch.
 */
export function pristineSource(kata: KataEntry, where: PristineWhere = {}): string {
  const current = learnerFile(where.katas ?? katasDir, kata);
  const source = fs.existsSync(current) ? fs.readFileSync(current, 'utf8') : undefined;
  const stub =
    source !== undefined && isStub(source)
      ? source
      : pristineStub(kata, where.state ?? stateDir, where.git ?? repoRoot);
  if (stub === undefined) throw new Error(`no untouched stub of ${kata.slug}: neither katas/ nor git has one`);
  return stub;
}
