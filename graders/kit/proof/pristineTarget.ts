import fs from 'node:fs';
import path from 'node:path';
import type { KataEntry } from '../../catalog';
import { katasDir, learnerFile, stateDir } from '../paths';
import { isStub } from '../state/isStub';
import { pristineStub } from '../state/pristineStub';

/**
 * A target folder holding the kata's untouched stub, whatever a learner has
 * done to katas/: the working copy while it is still a stub (a kata being
 * written, not committed yet), else the last stub git has. The project's own
 * tests prove the graders against it, so they stay green on a learner's branch.
 */
export function pristineTarget(kata: KataEntry): string {
  const current = learnerFile(katasDir, kata);
  const source = fs.existsSync(current) ? fs.readFileSync(current, 'utf8') : undefined;
  const stub = source !== undefined && isStub(source) ? source : pristineStub(kata, stateDir);
  if (stub === undefined) throw new Error(`no untouched stub of ${kata.slug}: neither katas/ nor git has one`);
  const target = path.join(stateDir, 'pristine-targets');
  const file = learnerFile(target, kata);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, stub);
  return target;
}
