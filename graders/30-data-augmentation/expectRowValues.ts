import type { Images } from '../../katas/30-data-augmentation/data-augmentation';
import { fail, validateTensor } from '../kit/toolkit';
import { type K, runFlip } from './learner';
import text from './messages';
import type { Case } from './oracle';

const sorted = (row: readonly number[]): number[] => [...row].sort((a, b) => a - b);

/** Every row of horizontalFlip(x) holds exactly the values of the same row of x, in whatever order. */
export function expectRowValues(kata: K, c: Case): void {
  const shape = [c.x.length, c.x[0].length, c.x[0][0].length, c.x[0][0][0].length];
  const out = validateTensor(runFlip(kata, c.x), shape, { fn: 'horizontalFlip', argument: 'out' }) as Images;
  for (let n = 0; n < c.x.length; n++) {
    for (let ch = 0; ch < c.x[n].length; ch++) {
      for (let i = 0; i < c.x[n][ch].length; i++) {
        const [a, b] = [sorted(c.x[n][ch][i]), sorted(out[n][ch][i])];
        if (a.some((v, j) => v !== b[j])) {
          fail({
            fn: 'horizontalFlip',
            kind: 'rule',
            rule: 'row-values',
            message: text['row-values']({ n, c: ch, i }),
          });
        }
      }
    }
  }
}
