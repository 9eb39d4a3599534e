import type { KataResult, RunResults } from '../results/results';
import { kataMessage, propertyMessage } from './propertyMessage';

/** Everything a kata's result says, as one text: its problem and each property's message (tests read it). */
export function kataText(run: Pick<RunResults, 'target' | 'seed'>, k: KataResult): string {
  return [kataMessage(k) ?? '', ...k.properties.map((p) => propertyMessage(run, k, p) ?? '')].join('\n');
}
