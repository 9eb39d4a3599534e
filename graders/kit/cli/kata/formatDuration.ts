import { t } from './words';

/** `–`, `< 1 min`, `12 min`, `1 h 05 min` (不到 1 分钟, 12 分钟, 1 小时 05 分钟): time spent, as a learner reads it. */
export function formatDuration(ms: number): string {
  if (ms <= 0) return '–';
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 1) return t('duration.under-a-minute');
  if (minutes < 60) return t('duration.minutes', { minutes });
  return t('duration.hours', { hours: Math.floor(minutes / 60), minutes: String(minutes % 60).padStart(2, '0') });
}
