import { catalog, type TrackNumber } from '../../../catalog';
import { padColumns } from '../../reporters/columns';
import { t as kitWord } from '../../reporters/language';
import { currentProgress } from '../../state/currentProgress';
import type { KataProgress } from '../../state/progress';
import { formatDuration } from './formatDuration';
import type { KataContext } from './kataContext';
import { progressBar } from './progressBar';
import { statusLabel } from './statusLabel';
import { t } from './words';

/** `kata list`: every track and kata with status, points, hints used and time spent; bars by points. */
export async function kataList(ctx: KataContext): Promise<number> {
  const { progress, rebuilt } = await currentProgress(ctx.progressFile, ctx.target, ctx.now());
  const p = ctx.paint;
  if (rebuilt) ctx.out(p.dim(t('list.rebuilt')));
  const all: KataProgress[] = [];
  const trackNumbers = [...new Set(catalog.map((k) => k.track))].sort() as TrackNumber[];
  for (const track of trackNumbers) {
    const katas = catalog.filter((k) => k.track === track);
    const rows = katas.map((k) => progress.katas[k.slug]);
    all.push(...rows.filter(Boolean));
    ctx.out('');
    const heading = kitWord('table.track', { number: track, name: kitWord(`track.${track}`) });
    ctx.out(`${p.bold(padColumns(heading, 34))}${bar(rows, ctx)}`);
    katas.forEach((k, i) => {
      const r = rows[i];
      const name = `${k.number} ${k.slug}`.padEnd(26);
      const extra = t('list.hints-time', {
        used: r?.hintsUsed ?? 0,
        max: 3,
        time: formatDuration(r?.timeSpentMs ?? 0),
      });
      ctx.out(`  ${name}${statusLabel(r, p)}  ${p.dim(extra)}`);
    });
  }
  const hints = all.reduce((s, k) => s + k.hintsUsed, 0);
  const time = all.reduce((s, k) => s + k.timeSpentMs, 0);
  ctx.out('');
  ctx.out(`${p.bold(padColumns(t('list.overall'), 34))}${bar(all, ctx)}`);
  ctx.out(t('list.totals', { hints, time: formatDuration(time), count: progress.interviews.length }));
  return 0;
}

/** A bar by points, then katas passed: points show progress inside a kata too. */
function bar(rows: readonly (KataProgress | undefined)[], ctx: KataContext): string {
  const points = rows.reduce((s, k) => s + (k?.points ?? 0), 0);
  const max = rows.reduce((s, k) => s + (k?.maxPoints ?? 0), 0);
  const passed = rows.filter((k) => k?.status === 'passed').length;
  return `${progressBar(points, max, ctx.tty)} ${t('list.bar', { passed, total: rows.length, points, max })}`;
}
