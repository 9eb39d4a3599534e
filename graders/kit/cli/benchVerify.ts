// `npm run bench -- --verify`: what proving each kata costs (materialising its
// variants and grading its solution, stub, wrong variants and alternatives,
// on both cores, as the proof test does), median of BENCH_RUNS runs, and
// what that projects to for the curriculum's 31 katas.
import { catalog } from '../../catalog';
import { solutionsDir } from '../paths';
import { gradeTargets } from '../proof/gradeTargets';
import { materializeVariants } from '../proof/materializeVariants';
import { pristineTarget } from '../proof/pristineTarget';

export const CURRICULUM_SIZE = 31;

async function proveOnce(slug: string): Promise<{ ms: number; targets: number }> {
  const kata = catalog.find((k) => k.slug === slug)!;
  const t0 = performance.now();
  const { wrong, alternatives } = await materializeVariants(kata);
  const targets = [
    solutionsDir,
    pristineTarget(kata),
    ...wrong.map((w) => w.target),
    ...alternatives.map((a) => a.target),
  ];
  await gradeTargets(kata, targets);
  return { ms: performance.now() - t0, targets: targets.length };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function benchVerify(runs: number): Promise<string> {
  const rows: string[] = [`| kata | targets | proof (median of ${runs}) |`, '|---|---|---|'];
  let total = 0;
  for (const kata of catalog) {
    const times: number[] = [];
    let targets = 0;
    for (let i = 0; i < runs; i++) {
      const r = await proveOnce(kata.slug);
      times.push(r.ms);
      targets = r.targets;
    }
    const m = median(times);
    total += m;
    rows.push(`| ${kata.number} ${kata.slug} | ${targets} | ${(m / 1000).toFixed(2)} s |`);
  }
  const mean = total / catalog.length;
  rows.push(`| all ${catalog.length} | | ${(total / 1000).toFixed(1)} s |`);
  rows.push(
    `| projected to ${CURRICULUM_SIZE} katas (${(mean / 1000).toFixed(2)} s each) | | ${((mean * CURRICULUM_SIZE) / 1000).toFixed(0)} s |`,
  );
  return rows.join('\n');
}
