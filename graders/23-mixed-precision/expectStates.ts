import type { ScalerOptions } from '../../katas/23-mixed-precision/mixed-precision';
import { callLearner, fail } from '../kit/toolkit';
import type { K, ScalerCase } from './cases';
import text from './messages';
import { type State, scalerRun64 } from './oracle';
import { showNumber } from './showNumber';

const callOf = ({ state0 }: ScalerCase, opts: ScalerOptions): string =>
  `scalerUpdate from { scale: ${state0.scale}, goodSteps: ${state0.goodSteps} } with opts ${JSON.stringify(opts)}`;

/**
 * The learner's scaler fed its own states, one update per flag, against
 * GradScaler's: every scale is a power of two times a power of two, so both
 * are exact and compared with ===.
 */
export function expectStates(kata: K, c: ScalerCase, given: ScalerOptions = c.opts): void {
  const want = scalerRun64(c.state0, c.flags, c.opts);
  const call = `${callOf(c, given)}, foundInf = [${c.flags.join(', ')}]`;
  let s: State = c.state0;
  c.flags.forEach((foundInf, k) => {
    const got = callLearner(kata, 'scalerUpdate', { state: s, foundInf, opts: given }) as State | undefined;
    if (typeof got !== 'object' || got === null || typeof got.scale !== 'number' || typeof got.goodSteps !== 'number')
      fail({ kind: 'shape', fn: 'scalerUpdate', message: text['not-a-state']({ call, got: showNumber(got) }) });
    for (const what of ['scale', 'goodSteps'] as const) {
      if (got[what] !== want[k][what])
        fail({
          fn: 'scalerUpdate',
          argument: what,
          got: got[what],
          expected: want[k][what],
          message: text['state-off']({
            call,
            step: k + 1,
            steps: c.flags.length,
            what,
            got: showNumber(got[what]),
            expected: showNumber(want[k][what]),
          }),
        });
    }
    s = got;
  });
}
