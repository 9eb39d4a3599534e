import fs from 'node:fs';
import path from 'node:path';
import { catalog } from '../../catalog';
import { learnerFile } from '../paths';
import { isStub } from './isStub';
import { pristineCopy } from './pristineStub';

/** Copies each kata file that is still a stub, once, so `kata reset` works without git too. */
export function keepPristine(target: string, stateDir: string): void {
  for (const kata of catalog) {
    const copy = pristineCopy(stateDir, kata);
    if (fs.existsSync(copy)) continue;
    let source: string;
    try {
      source = fs.readFileSync(learnerFile(target, kata), 'utf8');
    } catch {
      continue;
    }
    if (!isStub(source)) continue;
    fs.mkdirSync(path.dirname(copy), { recursive: true });
    fs.writeFileSync(copy, source);
  }
}
