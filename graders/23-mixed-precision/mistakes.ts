import { div, mul, sub, type Tensor64, tensor64 } from '../kit/tensor';
import { callLearner, type Misconception, mistake, probe } from '../kit/toolkit';
import {
  anySteps,
  type HalfCase,
  halfCases,
  type K,
  overflowingSteps,
  type ScalerCase,
  scalerCases,
  stepsFromZero,
} from './cases';
import m from './misconceptions';
import {
  type AmpCase,
  type AmpResult,
  type AmpSlip,
  ampStep64,
  type HalfSlip,
  half64,
  type ScalerSlip,
  type State,
  scalerRun64,
} from './oracle';

// Every output is exact (float16 values, power-of-two scales) except the new
// master weights, whose truth carries the bound of its formula: a mistake is
// named only where the learner's own code gives what it predicts (mistakes
// are whole switched oracles, so each predicts every output).

/** 1 where a value has its sign bit set (−0 included), 0 elsewhere (NaN too). */
export const signBit = (v: unknown): number =>
  typeof v === 'number' && (v < 0 || Object.is(v, -0)) ? 1 : typeof v === 'number' ? 0 : Number.NaN;

const exact = (x: number[]) => tensor64(x, { exact: true });

const isHalfCase = (c: unknown): c is HalfCase => typeof c === 'object' && c !== null && 'xs' in c;
const isScalerCase = (c: unknown): c is ScalerCase => typeof c === 'object' && c !== null && 'flags' in c;
const isAmpCase = (c: unknown): c is AmpCase => typeof c === 'object' && c !== null && 'grad16' in c;

const notThisProbe = (): never => {
  throw new RangeError('not a case of this probe');
};

/** toFloat16 on each x: the values, and the sign bits (which tell −0 from +0). */
const rounding = probe<K, HalfCase>({
  cases: halfCases,
  observe: (kata, { xs }) => {
    const out = xs.map((x) => callLearner(kata, 'toFloat16', { x }) as unknown);
    return { out, negative: out.map(signBit) };
  },
  truth: (c) => {
    if (!isHalfCase(c)) notThisProbe();
    const out = c.xs.map((x) => half64(x));
    return { out: exact(out), negative: exact(out.map(signBit)) };
  },
});

const halfSlip = (misconception: Misconception, slip: HalfSlip) =>
  mistake(rounding, misconception, ({ xs }) => {
    const out = xs.map((x) => half64(x, slip));
    return { out, negative: out.map(signBit) };
  });

export const halfMistakes = [
  halfSlip(m.truncates, { rounding: 'truncate' }),
  halfSlip(m['ties-away-from-zero'], { rounding: 'ties-away' }),
  halfSlip(m['overflow-above-max'], { overflow: 'above-max' }),
  halfSlip(m.saturates, { overflow: 'saturate' }),
  halfSlip(m['flushes-subnormals'], { flushSubnormals: true }),
  halfSlip(m['loses-negative-zero'], { loseNegativeZero: true }),
  halfSlip(m['double-rounding'], { viaFloat32: true }),
];

/** The learner's scaler from state0, fed its own states, one update per flag. */
export function runScaler(kata: K, { state0, flags, opts }: ScalerCase): State[] {
  const states: State[] = [];
  let s: State = state0;
  for (const foundInf of flags) {
    s = callLearner(kata, 'scalerUpdate', { state: s, foundInf, opts }) as State;
    states.push(s);
  }
  return states;
}

const statesOf = (states: readonly State[]) => ({
  scales: states.map((s) => s?.scale),
  goodSteps: states.map((s) => s?.goodSteps),
});

const scaler = probe<K, ScalerCase>({
  cases: scalerCases,
  observe: (kata, c) => statesOf(runScaler(kata, c)),
  truth: (c) => {
    if (!isScalerCase(c)) notThisProbe();
    const { scales, goodSteps } = statesOf(scalerRun64(c.state0, c.flags, c.opts));
    return { scales: exact(scales), goodSteps: exact(goodSteps) };
  },
});

const scalerSlip = (misconception: Misconception, slip: ScalerSlip) =>
  mistake(scaler, misconception, (c) => statesOf(scalerRun64(c.state0, c.flags, c.opts, slip)));

export const scalerMistakes = [
  scalerSlip(m['grows-one-step-late'], { growsLate: true }),
  scalerSlip(m['overflow-keeps-count'], { keepsCount: true }),
];

/** master − lr·grad16/scale as the oracle computes it, with the bound of that formula; the copy on a skip. */
export function newMaster64(c: AmpCase): Tensor64 {
  const { skipped } = ampStep64(c);
  if (skipped) return exact(c.master);
  return sub(exact(c.master), mul(c.opts.lr, div(exact(c.grad16), c.state.scale)));
}

const ampOutputs = (r: AmpResult) => ({
  master: r.master,
  half: r.half,
  scale: r.state.scale,
  goodSteps: r.state.goodSteps,
  skipped: r.skipped ? 1 : 0,
});

/** What ampStep returns, as named numbers (skipped as 0/1); a malformed result is left for the checks to report. */
export function observeAmp(kata: K, c: AmpCase): Record<string, unknown> {
  const r = callLearner(kata, 'ampStep', { master: c.master, grad16: c.grad16, state: c.state, opts: c.opts });
  return {
    master: r?.master,
    half: r?.half,
    scale: r?.state?.scale,
    goodSteps: r?.state?.goodSteps,
    skipped: typeof r?.skipped === 'boolean' ? Number(r.skipped) : undefined,
  };
}

const amp = probe<K, AmpCase>({
  cases: anySteps,
  observe: observeAmp,
  truth: (c) => {
    if (!isAmpCase(c)) notThisProbe();
    const r = ampOutputs(ampStep64(c));
    return {
      master: newMaster64(c),
      half: exact(r.half),
      scale: tensor64(r.scale, { exact: true }),
      goodSteps: tensor64(r.goodSteps, { exact: true }),
      skipped: tensor64(r.skipped, { exact: true }),
    };
  },
});

const ampSlip = (misconception: Misconception, slip: AmpSlip, cases = anySteps) =>
  mistake(amp, misconception, (c) => ampOutputs(ampStep64(c, slip)), cases);

export const ampMistakes = [
  ampSlip(m['unscales-in-float16'], { unscaleInFloat16: true }, stepsFromZero),
  ampSlip(m['forgets-unscale'], { forgetsUnscale: true }),
  ampSlip(m['steps-on-overflow'], { stepsOnOverflow: true }, overflowingSteps),
  ampSlip(m['master-in-float16'], { masterInFloat16: true }),
];
