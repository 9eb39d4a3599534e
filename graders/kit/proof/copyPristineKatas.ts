import fs from 'node:fs';
import path from 'node:path';
import { catalog } from '../../catalog';
import { katasDir, learnerFile } from '../paths';
import { type PristineWhere, pristineSource } from './pristineSource';

/**
 * katas/ as a fresh clone has it, copied to `dest`: the learner's support
 * code as it is, every kata file its untouched stub. Tests that need "a
 * fresh copy of the katas" use this, never a plain copy of katas/, which on
 * a learner's branch holds their work.
 */
export function copyPristineKatas(dest: string, where: PristineWhere = {}): string {
  fs.cpSync(where.katas ?? katasDir, dest, { recursive: true });
  for (const kata of catalog) {
    const file = learnerFile(dest, kata);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, pristineSource(kata, where));
  }
  return dest;
}
