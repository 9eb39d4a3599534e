import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { stateDir } from '../paths';
import { requireFromRoot } from '../toolkit/gradientsBundle';
import { checkConformance, type Disagreement } from './conformance';
import { conformanceCases } from './conformanceCases';
import { measurePrecision, precisionCases, precisionFactor } from './measurePrecision';

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

const packages: Record<string, string> = { webgpu: '@tensorflow/tfjs-backend-webgpu', wasm: '@tensorflow/tfjs-backend-wasm' };
const version = (pkg: string): string => requireFromRoot(`${pkg}/package.json`).version;

/** The check's cache key: backend, versions, device and the cases themselves (a changed case re-runs it). */
function cacheFile(backend: string, device: string): string {
  const hash = crypto.createHash('sha256');
  hash.update([backend, device, version('@tensorflow/tfjs-core'), packages[backend] ? version(packages[backend]) : '', backend === 'webgpu' ? version('webgpu') : ''].join('\n'));
  for (const c of [...conformanceCases(), ...precisionCases]) hash.update(String('f' in c ? c.f : c.run) + JSON.stringify(c));
  return path.join(stateDir, 'cache', `backend-${backend}-${hash.digest('hex').slice(0, 12)}.json`);
}

/** Runs the conformance check and the precision measurement once per backend, version and device (≈ seconds), cached under .kata/cache. */
export function backendVerdict(tf: Tf, backend: string, device: string): BackendVerdict {
  const file = cacheFile(backend, device);
  if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, 'utf8')) as BackendVerdict;
  const disagreements = checkConformance(tf, backend);
  const shares = disagreements.length ? {} : measurePrecision(tf, backend);
  const verdict: BackendVerdict = { backend, device, disagreements, shares, precisionFactor: disagreements.length ? NaN : precisionFactor(shares) };
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  fs.writeFileSync(tmp, `${JSON.stringify(verdict, null, 2)}\n`);
  fs.renameSync(tmp, file);
  return verdict;
}

/** The one line a refused backend prints: the ops, then what to do. */
export function refusal(verdict: BackendVerdict): string {
  const ops = [...new Set(verdict.disagreements.map((d) => d.op))];
  const first = verdict.disagreements[0];
  return `KATA_BACKEND=${verdict.backend} is refused as reference: it disagrees with cpu on ${ops.join(', ')} (${first.op}, ${first.what}); unset KATA_BACKEND to grade on cpu`;
}
