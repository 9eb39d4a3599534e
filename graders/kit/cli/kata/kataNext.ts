import { catalog } from '../../../catalog';
import { displayPath, learnerFile } from '../../paths';
import { mathText } from '../../reporters/mathText';
import { currentProgress } from '../../state/currentProgress';
import type { KataContext } from './kataContext';
import { kataReadme } from './kataReadme';
import { statusLabel } from './statusLabel';

/** `kata next`: the first kata in curriculum order that is not passed. */
export async function kataNext(ctx: KataContext): Promise<number> {
  const { progress } = await currentProgress(ctx.progressFile, ctx.target, ctx.now());
  const kata = catalog.find((k) => progress.katas[k.slug]?.status !== 'passed');
  const p = ctx.paint;
  if (!kata) {
    ctx.out(
      p.green(`Every kata passed (${catalog.length}/${catalog.length}). Try a mock interview: npx kata interview`),
    );
    return 0;
  }
  const k = progress.katas[kata.slug];
  ctx.out(p.bold(`${kata.number} · ${kata.title} (${kata.slug}) — ${statusLabel(k, p)}`));
  ctx.out('');
  ctx.out(
    mathText(kataReadme(kata).question)
      .split('\n')
      .map((l) => `  ${l}`)
      .join('\n'),
  );
  ctx.out('');
  ctx.out(`read    ${displayPath(learnerFile(ctx.target, kata).replace(/[^/]+\.ts$/, 'README.md'))}`);
  ctx.out(`edit    ${displayPath(learnerFile(ctx.target, kata))}`);
  ctx.out(`grade   npx kata test ${kata.slug}     (or npx kata watch ${kata.slug}: re-grades on every save)`);
  ctx.out(`stuck?  npx kata hint ${kata.slug}     (${k?.hintsUsed ?? 0} of 3 hints used)`);
  return 0;
}
