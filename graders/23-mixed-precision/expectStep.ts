import { float64Bounds, toNested } from '../kit/tensor';
import { expectClose, fail } from '../kit/toolkit';
import type { K } from './cases';
import text from './messages';
import { newMaster64, observeAmp } from './mistakes';
import { type AmpCase, ampStep64, half64 } from './oracle';
import { showNumber } from './showNumber';

/**
 * One ampStep against the definition: skipped and the scaler's state exactly
 * (power-of-two scales), the new master within the float64 bound of
 * master − lr·grad16/scale (any order of the products is inside it), and the
 * half copy as the definition rounds the learner's own master.
 */
export function expectStep(kata: K, c: AmpCase, parts: { master?: boolean; half?: boolean } = {}): void {
  const want = ampStep64(c);
  const got = observeAmp(kata, c);
  if (got.skipped === undefined || !Array.isArray(got.master) || !Array.isArray(got.half))
    fail({ kind: 'shape', fn: 'ampStep', message: text['not-a-step']({ got: 'a value of another form' }) });
  if (got.skipped !== Number(want.skipped))
    fail({
      fn: 'ampStep',
      argument: 'skipped',
      message: text['skipped-off']({
        got: String(Boolean(got.skipped)),
        why: want.skipped ? text['not-all-finite']({}) : text['all-finite']({}),
      }),
    });
  for (const what of ['scale', 'goodSteps'] as const) {
    if (got[what] !== want.state[what])
      fail({
        fn: 'ampStep',
        argument: `state.${what}`,
        message: text['step-state-off']({ what, got: showNumber(got[what]), expected: showNumber(want.state[what]) }),
      });
  }
  if (parts.master !== false) {
    const truth = newMaster64(c);
    expectClose(got.master, toNested(truth), {
      fn: 'ampStep',
      argument: 'master',
      bound: float64Bounds(truth),
      context: want.skipped ? text['skipped-master']({}) : undefined,
    });
  }
  if (parts.half) {
    const master = got.master as number[];
    const half = got.half as unknown[];
    master.forEach((w, i) => {
      const expected = half64(w);
      if (!Object.is(half[i], expected))
        fail({
          fn: 'ampStep',
          argument: 'half',
          message: text['half-copy-off']({
            i,
            got: showNumber(half[i]),
            w: showNumber(w),
            expected: showNumber(expected),
          }),
        });
    });
  }
}
