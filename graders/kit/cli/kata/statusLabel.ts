import { kataStatusText } from '../../reporters/kataStatusText';
import { t as kitWord } from '../../reporters/language';
import type { Paint } from '../../reporters/paint';
import type { KataProgress } from '../../state/progress';
import { t } from './words';

/** The report's status words, coloured when the terminal allows; an error points at the details. */
export function statusLabel(k: KataProgress | undefined, p: Paint): string {
  if (!k || k.status === 'not-started') return p.dim(kitWord('status.not-started'));
  const text = kataStatusText(k);
  if (k.status === 'passed') return p.green(text);
  if (k.status === 'failing') return p.yellow(text);
  return p.red(t('status.error-details', { status: text }));
}
