import type { KataContext } from './kataContext';
import { t } from './words';

/** Minutes left at which the interviewer says so (the ones shorter than the interview). */
const MILESTONES_MS = [30, 20, 15, 10, 5, 2, 1, 0.5].map((m) => m * 60_000);

/**
 * The interview clock on ctx.setTimer (a fake one in tests): announces the
 * time left at milestones and resolves `up` when time is up.
 */
export function countdown(
  ctx: KataContext,
  totalMs: number,
): { up: Promise<void>; leftMs: () => number; cancel: () => void } {
  const start = ctx.now();
  const timers: { cancel: () => void }[] = [];
  const up = new Promise<void>((resolve) => {
    for (const left of MILESTONES_MS.filter((m) => m < totalMs)) {
      timers.push(
        ctx.setTimer(
          () => ctx.out(ctx.paint.yellow(t('interview.left-announced', { time: label(left) }))),
          totalMs - left,
        ),
      );
    }
    timers.push(ctx.setTimer(resolve, totalMs));
  });
  return {
    up,
    leftMs: () => Math.max(0, totalMs - (ctx.now() - start)),
    cancel: () => {
      for (const t of timers) t.cancel();
    },
  };
}

/** A time on the interview clock: `30 s`, `1 min`, `2 min 5 s` (30 秒, 1 分钟, 2 分 5 秒). */
export function label(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 60) return t('clock.seconds', { seconds: s });
  const minutes = Math.floor(s / 60);
  return s % 60 ? t('clock.minutes-seconds', { minutes, seconds: s % 60 }) : t('clock.minutes', { minutes });
}
