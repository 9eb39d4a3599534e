import { checkConformance, type Disagreement } from './conformance';
import { measurePrecision, precisionFactor } from './measurePrecision';

type Tf = typeof import('@tensorflow/tfjs-core');

/** What the conformance check and the precision measurement found for one backend on one device. */
export interface BackendVerdict {
  readonly backend: string;
  readonly device: string;
  readonly disagreements: readonly Disagreement[];
  /** Worst error per precision case, as a share of the graders' float32 bound. */
  readonly shares: Record<string, number>;
  readonly precisionFactor: number;
}

/** Conformance first; a backend that disagrees with cpu is not worth measuring. */
export function judgeBackend(tf: Tf, backend: string, device: string): BackendVerdict {
  const disagreements = checkConformance(tf, backend);
  if (disagreements.length) return { backend, device, disagreements, shares: {}, precisionFactor: NaN };
  const shares = measurePrecision(tf, backend);
  return { backend, device, disagreements, shares, precisionFactor: precisionFactor(shares) };
}

/** The one line a refused backend prints: the ops, then what to do. */
export function refusal(verdict: BackendVerdict): string {
  const ops = [...new Set(verdict.disagreements.map((d) => d.op))];
  const first = verdict.disagreements[0];
  return `KATA_BACKEND=${verdict.backend} is refused as reference: it disagrees with cpu on ${ops.join(', ')} (${first.op}, ${first.what}); unset KATA_BACKEND to grade on cpu`;
}
