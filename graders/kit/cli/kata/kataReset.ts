import fs from 'node:fs';
import path from 'node:path';
import { displayPath, kataFolder, learnerFile } from '../../paths';
import { pristineStub } from '../../state/pristineStub';
import { findKataArg } from './findKataArg';
import type { KataContext } from './kataContext';

/** `kata reset <kata>`: the stub back in place, the learner's file kept under .kata/backups/ with a timestamp. */
export async function kataReset(argv: readonly string[], ctx: KataContext): Promise<number> {
  const kata = findKataArg(argv[0], 'reset');
  const file = learnerFile(ctx.target, kata);
  const stub = pristineStub(kata, ctx.stateDir);
  if (stub === undefined) {
    ctx.err(
      `kata reset: no stub for ${kata.slug} found in git history or in ${displayPath(path.join(ctx.stateDir, 'pristine'))}; your file is untouched`,
    );
    return 1;
  }
  const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
  if (current === stub) {
    ctx.out(`${displayPath(file)} is already the stub; nothing to do`);
    return 0;
  }
  if (current !== undefined) {
    const stamp = new Date(ctx.now()).toISOString().replace(/[:.]/g, '-');
    const backup = path.join(ctx.stateDir, 'backups', kataFolder(kata), `${kata.slug}.${stamp}.ts`);
    fs.mkdirSync(path.dirname(backup), { recursive: true });
    fs.writeFileSync(backup, current);
    ctx.out(`your version is saved as ${displayPath(backup)}`);
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, stub);
  ctx.out(`${displayPath(file)} is the stub again (hints and time spent are kept)`);
  return 0;
}
