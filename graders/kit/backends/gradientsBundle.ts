import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { repoRoot, stateDir } from '../paths';

// tfjs-core alone registers no gradients in Node, and its
// register_all_gradients entry is a tree of extension-less ESM files that
// takes over a second to load through a TypeScript loader. Bundled once into
// one CommonJS file it loads in tens of milliseconds; the gradients it
// registers land in tfjs's global registry, shared with the core we import.

export const requireFromRoot = createRequire(path.join(repoRoot, 'package.json'));

export function gradientsBundlePath(): string {
  const version: string = requireFromRoot('@tensorflow/tfjs-core/package.json').version;
  return path.join(stateDir, 'cache', `tfjs-gradients-${version}.cjs`);
}

/** Builds the bundle on first use (≈ 0.4 s once per clone) and returns its path. */
export function ensureGradientsBundle(): string {
  const out = gradientsBundlePath();
  if (fs.existsSync(out)) return out;
  const esbuild: typeof import('esbuild') = requireFromRoot('esbuild');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const tmp = `${out}.${process.pid}.${Date.now()}.tmp`;
  esbuild.buildSync({
    entryPoints: [requireFromRoot.resolve('@tensorflow/tfjs-core/dist/register_all_gradients.js')],
    bundle: true,
    format: 'cjs',
    platform: 'node',
    outfile: tmp,
    logLevel: 'error',
  });
  fs.renameSync(tmp, out); // atomic: two processes building at once both succeed
  return out;
}
