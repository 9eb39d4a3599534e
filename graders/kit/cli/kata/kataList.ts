import { catalog, type TrackNumber, tracks } from '../../../catalog';
import { currentProgress } from '../../state/currentProgress';
import type { KataProgress } from '../../state/progress';
import { formatDuration } from './formatDuration';
import type { KataContext } from './kataContext';
import { progressBar } from './progressBar';
import { statusLabel } from './statusLabel';

/** `kata list`: every track and kata with status, points, hints used and time spent; bars by points. */
export async function kataList(ctx: KataContext): Promise<number> {
  const { progress, rebuilt } = await currentProgress(ctx.progressFile, ctx.target, ctx.now());
  const p = ctx.paint;
  if (rebuilt) ctx.out(p.dim('(no saved progress: graded every kata to rebuild it)'));
  const all: KataProgress[] = [];
  const trackNumbers = [...new Set(catalog.map((k) => k.track))].sort() as TrackNumber[];
  for (const track of trackNumbers) {
    const katas = catalog.filter((k) => k.track === track);
    const rows = katas.map((k) => progress.katas[k.slug]);
    all.push(...rows.filter(Boolean));
    ctx.out('');
    ctx.out(`${p.bold(`Track ${track} · ${tracks[track]}`.padEnd(34))}${bar(rows, ctx)}`);
    katas.forEach((k, i) => {
      const r = rows[i];
      const name = `${k.number} ${k.slug}`.padEnd(26);
      const extra = `hints ${r?.hintsUsed ?? 0}/3 · ${formatDuration(r?.timeSpentMs ?? 0)}`;
      ctx.out(`  ${name}${statusLabel(r, p)}  ${p.dim(extra)}`);
    });
  }
  const hints = all.reduce((s, k) => s + k.hintsUsed, 0);
  const time = all.reduce((s, k) => s + k.timeSpentMs, 0);
  ctx.out('');
  ctx.out(`${p.bold('Overall'.padEnd(34))}${bar(all, ctx)}`);
  ctx.out(
    `hints used ${hints} · time spent ${formatDuration(time)} · ${progress.interviews.length} mock interview${progress.interviews.length === 1 ? '' : 's'}`,
  );
  return 0;
}

/** A bar by points, then katas passed: points show progress inside a kata too. */
function bar(rows: readonly (KataProgress | undefined)[], ctx: KataContext): string {
  const points = rows.reduce((s, k) => s + (k?.points ?? 0), 0);
  const max = rows.reduce((s, k) => s + (k?.maxPoints ?? 0), 0);
  const passed = rows.filter((k) => k?.status === 'passed').length;
  return `${progressBar(points, max, ctx.tty)} ${passed}/${rows.length} passed · ${points}/${max} points`;
}
