import type { Paint } from '../../reporters/paint';
import type { KataProgress } from '../../state/progress';

/** not started / failing x of y points / passed / error, coloured when the terminal allows. */
export function statusLabel(k: KataProgress | undefined, p: Paint): string {
  if (!k || k.status === 'not-started') return p.dim('not started');
  if (k.status === 'passed') return p.green('passed');
  if (k.status === 'failing') return p.yellow(`failing, ${k.points} of ${k.maxPoints} points`);
  return p.red('error (npx kata test for details)');
}
