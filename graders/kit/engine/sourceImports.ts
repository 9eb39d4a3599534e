import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { repoRoot } from '../paths';
import { forbiddenImport, type ImportViolation } from './importRules';

type Ts = typeof import('typescript');
let ts: Ts | undefined;

/** TypeScript's own scanner, loaded on first use (≈ 0.2 s): it reads imports as written, comments and strings aside. */
function typescript(): Ts {
  ts ??= createRequire(path.join(repoRoot, 'package.json'))('typescript') as Ts;
  return ts;
}

const EXTENSIONS = ['', '.ts', '.tsx', '.mts', '.js', '/index.ts'];

/** A relative or absolute specifier as a file, the way the bundler would find it; undefined for a package or a miss. */
function resolveLocal(specifier: string, fromDir: string): string | undefined {
  if (!/^[./]/.test(specifier) && !path.isAbsolute(specifier)) return undefined;
  const base = path.resolve(fromDir, specifier);
  for (const e of EXTENSIONS) if (fs.existsSync(base + e) && fs.statSync(base + e).isFile()) return base + e;
  return base;
}

/**
 * The import rule applied to the learner's source as written: every
 * `import`, `export … from`, `import()` and `require()` of every file, used
 * or not. The bundler drops an import that nothing uses (TypeScript's rule
 * for imports that may be types) before the resolver sees it, so an unused
 * `import * as tf from '@tensorflow/tfjs-core'` would pass its check alone.
 */
export function sourceImportViolations(files: readonly string[], targetDir: string): ImportViolation[] {
  const out: ImportViolation[] = [];
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    for (const ref of typescript().preProcessFile(text, true, true).importedFiles) {
      const rule = forbiddenImport(ref.fileName, resolveLocal(ref.fileName, path.dirname(file)), targetDir);
      if (rule) {
        const line = text.slice(0, ref.pos).split('\n').length;
        out.push({ file, line, specifier: ref.fileName, rule });
      }
    }
  }
  return out;
}
