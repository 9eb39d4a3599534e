import fs from 'node:fs';
import { isBuiltin } from 'node:module';
import path from 'node:path';
import type { Plugin } from 'esbuild';
import { displayPath, repoRoot } from '../paths';

/**
 * The static rule for learner code: it may not import TensorFlow.js, the
 * reference solutions, the graders, Node's built-in modules or any other
 * package (its own files, katas/lib and the learner's own earlier katas are
 * allowed). An esbuild plugin sees every
 * import the bundle follows, whatever its form: import, export-from,
 * require() or import() of a literal.
 */
export interface ImportViolation {
  readonly file: string;
  readonly line: number;
  readonly specifier: string;
  readonly rule: string;
}

const solutions = path.join(repoRoot, 'solutions') + path.sep;
const graders = path.join(repoRoot, 'graders') + path.sep;

export function forbiddenImport(
  specifier: string,
  resolved: string | undefined,
  targetDir: string,
): string | undefined {
  if (/^@tensorflow\//.test(specifier)) return 'learner code may not import TensorFlow.js';
  if (isBuiltin(specifier))
    return "learner code may not use Node's built-in modules: a kata reads no files and starts no processes";
  const inTarget = resolved?.startsWith(targetDir + path.sep);
  if (resolved && !inTarget && resolved.startsWith(solutions))
    return 'learner code may not import the reference solutions';
  if (resolved && !inTarget && resolved.startsWith(graders)) return 'learner code may not import the graders';
  // A bare name is a package wherever it resolves (or fails to) from the target folder.
  if (!/^[./#]/.test(specifier) && !path.isAbsolute(specifier))
    return 'learner code may not import packages: only its own files and #lib';
  return undefined;
}

export function importRules(targetDir: string, violations: ImportViolation[]): Plugin {
  return {
    name: 'gradkata-import-rules',
    setup(build) {
      build.onResolve({ filter: /.*/ }, async (args) => {
        if (args.pluginData === 'resolving' || !args.importer.startsWith(targetDir + path.sep)) return undefined;
        const r = await build.resolve(args.path, {
          kind: args.kind,
          resolveDir: args.resolveDir,
          importer: args.importer,
          pluginData: 'resolving',
        });
        const rule = forbiddenImport(args.path, r.errors.length ? undefined : r.path, targetDir);
        if (!rule) return undefined;
        violations.push({ file: args.importer, line: lineOf(args.importer, args.path), specifier: args.path, rule });
        return { path: args.path, external: true };
      });
    },
  };
}

function lineOf(file: string, specifier: string): number {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const i = lines.findIndex(
    (l) => l.includes(`'${specifier}'`) || l.includes(`"${specifier}"`) || l.includes(`\`${specifier}\``),
  );
  return i + 1;
}

export function describeViolation(v: ImportViolation): string {
  return `${displayPath(v.file)}:${v.line} imports '${v.specifier}': ${v.rule} (katas/lib has shape helpers and a seeded RNG; the math is yours to write)`;
}
