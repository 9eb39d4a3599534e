import type { KataStatus } from '../results/results';
import { t } from './language';

/** The status a learner reads, in every front end: not started, failing x of y points, passed, or error. */
export function kataStatusText(k: {
  readonly status: KataStatus;
  readonly points: number;
  readonly maxPoints: number;
}): string {
  return k.status === 'failing'
    ? t('status.failing-points', { points: k.points, max: k.maxPoints })
    : t(`status.${k.status}`);
}
