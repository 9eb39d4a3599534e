import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { stateDir } from '../paths';
import { conformanceCases } from './conformanceCases';
import { requireFromRoot } from './gradientsBundle';
import { type BackendVerdict, judgeBackend } from './judgeBackend';
import { precisionCases } from './measurePrecision';

type Tf = typeof import('@tensorflow/tfjs-core');

const packages: Record<string, string> = {
  webgpu: '@tensorflow/tfjs-backend-webgpu',
  wasm: '@tensorflow/tfjs-backend-wasm',
};
const version = (pkg: string): string => requireFromRoot(`${pkg}/package.json`).version;

/** The check's cache key: backend, versions, device and the cases themselves (a changed case re-runs it). */
function cacheFile(backend: string, device: string): string {
  const hash = crypto.createHash('sha256');
  hash.update(
    [
      backend,
      device,
      version('@tensorflow/tfjs-core'),
      packages[backend] ? version(packages[backend]) : '',
      backend === 'webgpu' ? version('webgpu') : '',
    ].join('\n'),
  );
  for (const c of [...conformanceCases(), ...precisionCases])
    hash.update(String('f' in c ? c.f : c.run) + JSON.stringify(c));
  return path.join(stateDir, 'cache', `backend-${backend}-${hash.digest('hex').slice(0, 12)}.json`);
}

/** Runs the conformance check and the precision measurement once per backend, version and device (≈ seconds), cached under .kata/cache. */
export function backendVerdict(tf: Tf, backend: string, device: string): BackendVerdict {
  const file = cacheFile(backend, device);
  if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, 'utf8')) as BackendVerdict;
  const verdict = judgeBackend(tf, backend, device);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  fs.writeFileSync(tmp, `${JSON.stringify(verdict, null, 2)}\n`);
  fs.renameSync(tmp, file);
  return verdict;
}
