// `npm run mutate [-- <kata> …]`: Stryker mutates each kata's reference
// solution and runs its grader against every mutant. A mutant that still
// passes is a wrong answer a learner could be told is right. Prints one line
// per kata and the total, each survivor, and exits 1 below the floor.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { catalog, findKata, type KataEntry } from '../../catalog';
import { type MutationReport, type MutationSummary, summarizeMutants } from '../mutation/summarizeMutants';
import { kataFolder, repoRoot } from '../paths';
import type { EquivalentMutant } from '../toolkit/defineEquivalentMutants';

/** The mutation score every kata must reach, equivalents excluded (issue: mutation testing). */
export const FLOOR = 95;

function equivalentsOf(kata: KataEntry): readonly EquivalentMutant[] {
  const file = path.join(repoRoot, 'graders', kataFolder(kata), 'equivalentMutants.ts');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return fs.existsSync(file) ? require(file).default : [];
}

function mutate(kata: KataEntry): { summary: MutationSummary; seconds: number } {
  const t0 = performance.now();
  const r = spawnSync(
    process.execPath,
    [path.join(repoRoot, 'node_modules', '@stryker-mutator', 'core', 'bin', 'stryker.js'), 'run'],
    {
      cwd: repoRoot,
      env: { ...process.env, MUTATE_KATA: kataFolder(kata), NO_COLOR: '1' },
      encoding: 'utf8',
    },
  );
  const seconds = (performance.now() - t0) / 1000;
  const reportFile = path.join(repoRoot, 'reports', 'mutation', kataFolder(kata), 'mutation.json');
  if (r.status !== 0 || !fs.existsSync(reportFile)) {
    throw new Error(
      `stryker failed for ${kata.slug} (exit ${r.status}):\n${(r.stdout + r.stderr).split('\n').slice(-30).join('\n')}`,
    );
  }
  const report: MutationReport = JSON.parse(fs.readFileSync(reportFile, 'utf8'));
  return { summary: summarizeMutants(report, equivalentsOf(kata)), seconds };
}

const names = process.argv.slice(2);
const katas = names.length
  ? names.map(
      (n) =>
        findKata(n) ??
        (() => {
          throw new Error(`unknown kata "${n}"`);
        })(),
    )
  : catalog;
const rows: string[] = [
  '| kata | mutants | killed | timed out | survived | no coverage | equivalent | score | time |',
  '|---|---|---|---|---|---|---|---|---|',
];
const total = { mutants: 0, killed: 0, timedOut: 0, survived: 0, noCoverage: 0, equivalent: 0, errors: 0, seconds: 0 };
const below: string[] = [];
for (const kata of katas) {
  const { summary: s, seconds } = mutate(kata);
  for (const k of ['mutants', 'killed', 'timedOut', 'survived', 'noCoverage', 'equivalent', 'errors'] as const)
    total[k] += s[k];
  total.seconds += seconds;
  rows.push(
    `| ${kata.number} ${kata.slug} | ${s.mutants} | ${s.killed} | ${s.timedOut} | ${s.survived} | ${s.noCoverage} | ${s.equivalent} | ${s.score.toFixed(1)}% | ${seconds.toFixed(0)} s |`,
  );
  if (s.score < FLOOR) below.push(kata.slug);
  for (const v of s.survivors)
    console.log(`survived  ${v.file}:${v.line}  ${v.mutator} → ${v.replacement}    ${v.source}`);
}
const scored = total.mutants - total.equivalent - total.errors;
rows.push(
  `| total | ${total.mutants} | ${total.killed} | ${total.timedOut} | ${total.survived} | ${total.noCoverage} | ${total.equivalent} | ${(scored ? (100 * (total.killed + total.timedOut)) / scored : 100).toFixed(1)}% | ${total.seconds.toFixed(0)} s |`,
);
console.log(`\n${rows.join('\n')}\n\nHTML reports: reports/mutation/<NN-kata>/index.html`);
if (below.length) {
  console.log(`below the ${FLOOR}% floor: ${below.join(', ')}`);
  process.exitCode = 1;
}
