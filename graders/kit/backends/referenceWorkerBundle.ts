import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot, stateDir } from '../paths';
import { requireFromRoot } from './gradientsBundle';

// The reference worker runs as plain CommonJS (no TypeScript loader in a
// worker thread), bundled once per version of its sources into .kata/cache.

const sources = ['referenceWorkerMain.ts', 'kernelServer.ts', 'syncChannel.ts', 'startDawn.ts', 'pinMesa.ts'];

export function referenceWorkerBundle(): string {
  const dir = path.join(repoRoot, 'graders', 'kit', 'backends');
  const hash = crypto.createHash('sha256');
  for (const file of sources) hash.update(fs.readFileSync(path.join(dir, file)));
  const out = path.join(stateDir, 'cache', `reference-worker-${hash.digest('hex').slice(0, 12)}.cjs`);
  if (fs.existsSync(out)) return out;
  const esbuild: typeof import('esbuild') = requireFromRoot('esbuild');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const tmp = `${out}.${process.pid}.${Date.now()}.tmp`;
  esbuild.buildSync({
    entryPoints: [path.join(dir, 'referenceWorkerMain.ts')],
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    outfile: tmp,
    external: ['@tensorflow/*', 'webgpu'],
    logLevel: 'error',
  });
  fs.renameSync(tmp, out); // atomic: katas graded in parallel may build it at once
  return out;
}
