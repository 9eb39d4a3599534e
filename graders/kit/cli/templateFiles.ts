import path from 'node:path';

/** A file of the instructor's repository that the class's template leaves out, and why. */
export interface LeftOut {
  readonly path: string;
  readonly why: string;
}

// The template a class receives has everything a learner runs — katas,
// graders (with their oracles and mistakes), the engine, the kata CLI, the
// reporters, the workflows — and nothing that holds or reads the answers.
// The proof of the graders (verify's proof tests, mutation testing) needs
// the answers, so it stays in the instructor's repository.
const ANSWERS: readonly (readonly [RegExp, string])[] = [
  [/^solutions\//, 'a reference solution'],
  [/^graders\/[^/]+\/variants\.ts$/, 'wrong variants: each is the solution plus one edit'],
  [/^graders\/[^/]+\/alternatives\//, 'an alternative correct solution'],
  [/^graders\/[^/]+\/equivalentMutants\.ts$/, "mutation testing's equivalent mutants: lines of the solution"],
];

const INSTRUCTOR_TOOLS: readonly (readonly [RegExp, string])[] = [
  [
    /^(graders\/kit\/mutation\/|graders\/kit\/cli\/(mutate|variants)\.ts$|stryker\.config\.mjs$|vitest\.mutate\.config\.mts$)/,
    'mutation testing and variants of the solutions',
  ],
  [/^graders\/kit\/cli\/(newKata\.ts$|scaffold\/)/, 'writing a new kata, its solution and its variants'],
  [
    /^graders\/kit\/(cli\/(bench|benchVerify|benchWatch|kataSize)|backends\/benchBackends)\.ts$/,
    'benchmarks, run on the solutions',
  ],
  [/^graders\/kit\/cli\/(exportTemplate|templateFiles)(\.test)?\.ts$/, 'this export'],
  [/^\.ci\//, "the instructor's CI: it proves the graders against the solutions"],
];

/** A test that reads or imports the answers, or grades them: the proof, and tests that use a solution as their input. */
const READS_ANSWERS =
  /\b(solutionsDir|variantSource|materializeVariants?|variantTarget|alternativesDir|variantsFile|gradeTargets|gradedFixture|pristineTarget)\b|KATA_TARGET=solutions|from\s+['"](\.\.\/)+solutions\/|repoRoot,\s*['"]solutions['"]|`solutions\/\$\{/;
/** A test that reads the instructor's CI scripts, which the template leaves out. */
const READS_CI = /repoRoot,\s*['"]\.ci['"]/;

/** Code that reads the wrong variants or the alternatives (paths.ts only names where they are). */
const READS_VARIANTS = /\b(variantsFile|alternativesDir|variantSource|materializeVariants|applyEdits)\b/;

const isTest = (f: string): boolean => /\.(test|spec|mutate)\.ts$/.test(f);

/** Relative imports of a TypeScript file, as repository paths (with or without the .ts the import leaves off). */
function importsOf(file: string, text: string): string[] {
  return [...text.matchAll(/(?:from|import)\s*\(?\s*['"](\.\.?\/[^'"]+)['"]/g)].map((m) =>
    path.posix.normalize(path.posix.join(path.posix.dirname(file), m[1])),
  );
}

/**
 * Splits the instructor's files into the template's and the ones it leaves
 * out: the answers, the instructor's tools, the tests that read the answers,
 * and then whatever imports a file left out (so nothing in the template
 * imports what is not there).
 */
export function templateFiles(
  files: readonly string[],
  read: (file: string) => string,
): { kept: string[]; leftOut: LeftOut[] } {
  const out = new Map<string, string>();
  for (const f of files) {
    const rule = [...ANSWERS, ...INSTRUCTOR_TOOLS].find(([re]) => re.test(f));
    if (rule) out.set(f, rule[1]);
    else if (isTest(f) && READS_ANSWERS.test(read(f)))
      out.set(f, 'a test that reads the answers (the proof of the graders)');
    else if (isTest(f) && READS_CI.test(read(f))) out.set(f, "a test that reads the instructor's CI scripts");
    else if (/\.ts$/.test(f) && f !== 'graders/kit/paths.ts' && READS_VARIANTS.test(read(f)))
      out.set(f, 'reads the wrong variants or the alternatives');
  }
  const ts = files.filter((f) => /\.[cm]?ts$/.test(f));
  const imports = new Map(ts.map((f) => [f, importsOf(f, read(f))]));
  const isOut = (target: string): string | undefined =>
    [target, `${target}.ts`, `${target}/index.ts`].find((t) => out.has(t));
  for (let changed = true; changed; ) {
    changed = false;
    for (const f of ts) {
      if (out.has(f)) continue;
      const gone = imports.get(f)!.map(isOut).find(Boolean);
      if (gone) {
        out.set(f, `imports ${gone}, which the template leaves out`);
        changed = true;
      }
    }
  }
  return {
    kept: files.filter((f) => !out.has(f)),
    leftOut: files.filter((f) => out.has(f)).map((f) => ({ path: f, why: out.get(f)! })),
  };
}

/** The template's package.json: the instructor's, without the scripts that run a file the template leaves out. */
export function templatePackageJson(text: string, leftOut: readonly LeftOut[]): string {
  const pkg = JSON.parse(text) as { scripts?: Record<string, string> };
  const gone = leftOut.map((l) => l.path);
  for (const [name, command] of Object.entries(pkg.scripts ?? {})) {
    if (gone.some((f) => command.includes(f))) delete pkg.scripts![name];
  }
  return `${JSON.stringify(pkg, null, 2)}\n`;
}
