import type { Images } from '../../katas/30-data-augmentation/data-augmentation';
import { expectClose, validateTensor } from '../kit/toolkit';
import { type K, runCutmix } from './learner';
import text from './messages';
import { type Case, clipped } from './oracle';

const dims = (x: Images): number[] => [x.length, x[0].length, x[0][0].length, x[0][0][0].length];

/**
 * cutmix's x, exactly, on one side of the clipped box: there every pixel is
 * x (outside) or x[perm[n]] (inside), moved and never computed; on the other
 * side the learner's own values stand in, so only this side is judged.
 */
export function expectRegion(kata: K, c: Case, side: 'inside' | 'outside'): void {
  const [, , H, W] = dims(c.x);
  const got = validateTensor(runCutmix(kata, c).x, dims(c.x), { fn: 'cutmix', argument: 'x' }) as Images;
  const [r0, r1, c0, c1] = clipped(c.box, H, W);
  const inside = (i: number, j: number): boolean => i >= r0 && i < r1 && j >= c0 && j < c1;
  const want = got.map((image, n) =>
    image.map((map, ch) =>
      map.map((row, i) =>
        row.map((v, j) => {
          if (inside(i, j) !== (side === 'inside')) return v;
          return side === 'inside' ? c.x[c.perm[n]][ch][i][j] : c.x[n][ch][i][j];
        }),
      ),
    ),
  );
  const where = { ...c.box, H, W };
  expectClose(got, want, {
    fn: 'cutmix',
    argument: 'x',
    bound: 0,
    context:
      side === 'inside' ? text['inside-box']({ ...where, perm: `[${c.perm.join(', ')}]` }) : text['outside-box'](where),
  });
}
