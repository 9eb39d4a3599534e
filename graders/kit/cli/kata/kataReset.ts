import fs from 'node:fs';
import path from 'node:path';
import { displayPath, kataFolder, learnerFile } from '../../paths';
import { pristineStub } from '../../state/pristineStub';
import { findKataArg } from './findKataArg';
import type { KataContext } from './kataContext';
import { t } from './words';

/** `kata reset <kata>`: the stub back in place, the learner's file kept under .kata/backups/ with a timestamp. */
export async function kataReset(argv: readonly string[], ctx: KataContext): Promise<number> {
  const kata = findKataArg(argv[0], 'reset');
  const file = learnerFile(ctx.target, kata);
  const stub = pristineStub(kata, ctx.stateDir);
  if (stub === undefined) {
    ctx.err(t('reset.no-stub', { slug: kata.slug, dir: displayPath(path.join(ctx.stateDir, 'pristine')) }));
    return 1;
  }
  const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
  if (current === stub) {
    ctx.out(t('reset.already', { file: displayPath(file) }));
    return 0;
  }
  if (current !== undefined) {
    const stamp = new Date(ctx.now()).toISOString().replace(/[:.]/g, '-');
    const backup = path.join(ctx.stateDir, 'backups', kataFolder(kata), `${kata.slug}.${stamp}.ts`);
    fs.mkdirSync(path.dirname(backup), { recursive: true });
    fs.writeFileSync(backup, current);
    ctx.out(t('reset.saved', { file: displayPath(backup) }));
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, stub);
  ctx.out(t('reset.done', { file: displayPath(file) }));
  return 0;
}
