import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { type BuildOptions, build, type Message, type Plugin } from 'esbuild';
import type { KataEntry } from '../../catalog';
import { displayPath, graderFile, learnerFile, learnerLibDir, repoRoot, stateDir } from '../paths';
import type { KataProblem } from '../results/results';
import { describeViolation, type ImportViolation, importRules } from './importRules';
import { sourceImportViolations } from './sourceImports';

export type Bundle =
  | { readonly ok: true; readonly file: string }
  | { readonly ok: false; readonly problem: KataProblem };

// A kata runs as two bundles: the grader's (toolkit included, the same for
// every target) and the learner's file. They are apart so that a syntax
// error or a forbidden import in the learner's file still lets the grader
// list what it would have checked. Types are stripped, not checked here
// (`npm run typecheck` does that).

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: 'inline',
  logLevel: 'silent',
  write: false,
} satisfies BuildOptions;

/** Writes a build's one output atomically: parallel runs (the proof tests) never read half a bundle. */
function writeAtomically(result: { outputFiles?: { contents: Uint8Array }[] }, outfile: string): void {
  fs.mkdirSync(path.dirname(outfile), { recursive: true });
  const tmp = `${outfile}.${process.pid}.${crypto.randomUUID()}.tmp`;
  fs.writeFileSync(tmp, result.outputFiles![0].contents);
  fs.renameSync(tmp, outfile);
}

const graderBundles = new Map<string, Promise<string>>();

/** A grader does not change while a process runs: bundle it once per kata (the proof grades ~11 targets per kata). */
export function bundleGrader(kata: KataEntry): Promise<string> {
  let bundle = graderBundles.get(kata.slug);
  if (!bundle) {
    bundle = buildGrader(kata);
    bundle.catch(() => graderBundles.delete(kata.slug));
    graderBundles.set(kata.slug, bundle);
  }
  return bundle;
}

async function buildGrader(kata: KataEntry): Promise<string> {
  const outfile = path.join(stateDir, 'build', 'graders', `${kata.slug}.cjs`);
  const entry = [
    `import grader from ${JSON.stringify(graderFile(kata))};`,
    `import { runInWorker } from ${JSON.stringify(path.join(repoRoot, 'graders/kit/engine/workerMain.ts'))};`,
    'runInWorker(grader);',
  ].join('\n');
  const result = await build({
    ...common,
    stdin: { contents: entry, resolveDir: repoRoot, sourcefile: `grade-${kata.slug}.ts`, loader: 'ts' },
    outfile,
    external: ['@tensorflow/*', 'fast-check', 'esbuild'],
    banner: { js: `globalThis.__gradkataRoot = ${JSON.stringify(repoRoot)};` },
  });
  writeAtomically(result, outfile);
  return outfile;
}

/** `#lib` is katas/lib wherever the target folder is (package.json imports only reach inside the repo). */
const learnerLib: Plugin = {
  name: 'gradkata-learner-lib',
  setup(b) {
    b.onResolve({ filter: /^#lib$/ }, () => ({ path: path.join(learnerLibDir, 'index.ts') }));
  },
};

export async function bundleLearner(kata: KataEntry, targetDir: string): Promise<Bundle> {
  const learner = learnerFile(targetDir, kata);
  if (!fs.existsSync(learner)) {
    return { ok: false, problem: { kind: 'missing-file', detail: displayPath(learner) } };
  }
  const key = crypto.createHash('sha1').update(targetDir).digest('hex').slice(0, 10);
  const outfile = path.join(stateDir, 'build', key, `${kata.slug}.cjs`);
  const violations: ImportViolation[] = [];
  try {
    const result = await build({
      ...common,
      entryPoints: [learner],
      outfile,
      packages: 'external',
      metafile: true,
      // Paths in the metafile and in messages are relative to the repository, wherever the command runs.
      absWorkingDir: repoRoot,
      plugins: [learnerLib, importRules(targetDir, violations)],
    });
    // The learner's own files the bundle read, checked as written: imports nothing uses included.
    const own = Object.keys(result.metafile.inputs)
      .map((f) => path.resolve(repoRoot, f))
      .filter((f) => f.startsWith(targetDir + path.sep));
    const seen = new Set(violations.map((v) => `${v.file}\0${v.specifier}`));
    for (const v of sourceImportViolations(own, targetDir))
      if (!seen.has(`${v.file}\0${v.specifier}`)) violations.push(v);
    if (violations.length === 0) writeAtomically(result, outfile);
  } catch (err) {
    const errors: Message[] = (err as { errors?: Message[] }).errors ?? [];
    if (errors.length === 0) throw err;
    return { ok: false, problem: { kind: 'syntax', detail: errors.slice(0, 3).map(describeBuildError).join('\n') } };
  }
  if (violations.length > 0) {
    return { ok: false, problem: { kind: 'imports', detail: violations.map(describeViolation).join('\n') } };
  }
  return { ok: true, file: outfile };
}

function describeBuildError(e: Message): string {
  if (!e.location) return e.text;
  const { file, line, column, lineText } = e.location;
  return `${displayPath(path.resolve(repoRoot, file))}:${line}:${column + 1}: ${e.text}\n    ${lineText.trim()}`;
}
