import { t } from './words';

/**
 * A date as the report prints it: 2026-11-29, or 2026-11-29 09:05 UTC with
 * the time. The report is a static page: without a script it cannot learn
 * the reader's time zone, so its dates are UTC and say so.
 */
export function utcDate(ms: number, withTime = false): string {
  const d = new Date(ms);
  if (Number.isNaN(d.getTime())) return t('date.unknown');
  const iso = d.toISOString();
  return withTime ? `${iso.slice(0, 16).replace('T', ' ')} UTC` : iso.slice(0, 10);
}
