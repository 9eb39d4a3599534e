import path from 'node:path';
import { catalog } from '../../../catalog';
import { displayPath, learnerFile } from '../../paths';
import { columns, padColumns } from '../../reporters/columns';
import { kataWord } from '../../reporters/language';
import { mathText } from '../../reporters/mathText';
import { currentProgress } from '../../state/currentProgress';
import { currentReadme } from './currentReadme';
import type { KataContext } from './kataContext';
import { statusLabel } from './statusLabel';
import { t } from './words';

/** `kata next`: the first kata in curriculum order that is not passed, its question from the README in the learner's language. */
export async function kataNext(ctx: KataContext): Promise<number> {
  const { progress } = await currentProgress(ctx.progressFile, ctx.target, ctx.now());
  const kata = catalog.find((k) => progress.katas[k.slug]?.status !== 'passed');
  const p = ctx.paint;
  if (!kata) {
    ctx.out(p.green(t('next.all-passed', { passed: catalog.length, total: catalog.length })));
    return 0;
  }
  const k = progress.katas[kata.slug];
  const title = kataWord(kata.slug, 'title', kata.title);
  ctx.out(p.bold(t('next.heading', { number: kata.number, title, slug: kata.slug, status: statusLabel(k, p) })));
  ctx.out('');
  const { readme, name } = currentReadme(kata);
  ctx.out(
    mathText(readme.question)
      .split('\n')
      .map((l) => `  ${l}`)
      .join('\n'),
  );
  ctx.out('');
  const file = learnerFile(ctx.target, kata);
  const labels = { read: t('next.read'), edit: t('next.edit'), grade: t('next.grade'), stuck: t('next.stuck') };
  // The commands start in one column whatever the labels' language.
  const width = Math.max(...Object.values(labels).map(columns)) + 2;
  const line = (label: string, text: string): void => ctx.out(`${padColumns(label, width)}${text}`);
  line(labels.read, displayPath(path.join(path.dirname(file), name)));
  line(labels.edit, displayPath(file));
  const watch = t('next.watch-note', { command: `npx kata watch ${kata.slug}` });
  line(labels.grade, `npx kata test ${kata.slug}     ${watch}`);
  line(labels.stuck, `npx kata hint ${kata.slug}     ${t('next.hints-used', { used: k?.hintsUsed ?? 0, max: 3 })}`);
  return 0;
}
