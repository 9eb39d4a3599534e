import fs from 'node:fs';
import path from 'node:path';
import type { KataEntry } from '../../catalog';
import { learnerFile, stateDir } from '../paths';
import { pristineSource } from './pristineSource';

/** A target folder holding the kata's untouched stub (pristineSource), for the proof. */
export function pristineTarget(kata: KataEntry): string {
  const target = path.join(stateDir, 'pristine-targets');
  const file = learnerFile(target, kata);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, pristineSource(kata));
  return target;
}
