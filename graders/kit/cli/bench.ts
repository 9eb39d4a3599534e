// `npm run bench`: the performance budgets of the grading engine, as medians
// of repeated cold runs (a new process each time, as a learner runs
// `npm test`), printed as a Markdown table for the README.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { catalog } from '../../catalog';
import { benchBackends } from '../backends/benchBackends';
import { geluToleranceCase } from '../backends/geluToleranceCase';
import { startReference } from '../backends/startReference';
import { repoRoot, stateDir } from '../paths';
import { checkGradient, gradientCheckCost } from '../toolkit/checkGradient';
import { gradientCheckSpans } from './benchGradientChecks';
import { benchVerify } from './benchVerify';
import { kataSizes } from './kataSize';

// `npm run bench -- --backends`: the reference backends instead (graders/kit/backends/benchBackends.ts).
if (process.argv.includes('--backends')) {
  benchBackends();
  process.exit(0);
}

// `npm run bench -- --verify`: only the proof's cost per kata.
// `npm run bench -- --size [--at <commit>]`: each kata's grader size against its solution.
if (process.argv.includes('--verify')) {
  benchVerify(Number(process.env.BENCH_VERIFY_RUNS ?? 3)).then((t) => {
    console.log(t);
    process.exit(0);
  });
} else if (process.argv.includes('--size')) {
  const at = process.argv.includes('--at') ? process.argv[process.argv.indexOf('--at') + 1] : undefined;
  console.log(
    '| kata | files | lines | grader code | variants + alternatives | tests | solution | grader code / solution |\n|---|---|---|---|---|---|---|---|',
  );
  for (const s of kataSizes(at)) {
    console.log(
      `| ${s.kata} | ${s.files} | ${s.lines} | ${s.support} | ${s.variants} | ${s.tests} | ${s.solution} | ${(s.support / s.solution).toFixed(1)}× |`,
    );
  }
  process.exit(0);
} else {
  benchGrading();
}

function benchGrading(): void {
  const RUNS = Number(process.env.BENCH_RUNS ?? 5);

  const TS_NODE = ['-r', 'ts-node/register'];
  const TSX = ['--import', 'tsx'];

  function wallMs(args: string[], env: Record<string, string> = {}, nodeArgs = TS_NODE): number {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [...nodeArgs, ...args], {
      cwd: repoRoot,
      env: { ...process.env, NO_COLOR: '1', ...env },
      encoding: 'utf8',
    });
    const ms = performance.now() - t0;
    if (r.status !== 0) throw new Error(`bench: ${args.join(' ')} exited ${r.status}:\n${r.stdout}${r.stderr}`);
    return ms;
  }

  function stats(f: () => number): { median: number; max: number } {
    const xs = Array.from({ length: RUNS }, f).sort((a, b) => a - b);
    return { median: xs[Math.floor(xs.length / 2)], max: xs[xs.length - 1] };
  }

  const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

  function forwardPasses(n: number): number {
    const M = (seed: number): number[][] =>
      Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => Math.sin(seed + i * 7 + j * 13)));
    const mm = (A: number[][], B: number[][]): number[][] =>
      A.map((r) => B[0].map((_, j) => r.reduce((s, a, p) => s + a * B[p][j], 0)));
    const T = (X: number[][]): number[][] => X[0].map((_, j) => X.map((r) => r[j]));
    const [A, B, dC] = [M(1), M(2), M(3)];
    const before = gradientCheckCost.forwardPasses;
    checkGradient({
      fn: 'matmulBackward',
      inputs: { A, B },
      forward: (x) => mm(x.A as number[][], x.B as number[][]),
      dout: dC,
      gradients: { A: mm(dC, T(B)), B: mm(T(A), dC) },
      mode: 'directional',
    });
    return gradientCheckCost.forwardPasses - before;
  }

  const grade = ['graders/kit/cli/grade.ts'];
  const rows: string[][] = [];
  const budget = (ms: number, limit: number): string =>
    ms <= limit ? `≤ ${seconds(limit)} ✓` : `≤ ${seconds(limit)} ✗`;

  fs.rmSync(stateDir, { recursive: true, force: true });
  const first = wallMs(grade, { KATA_TARGET: 'solutions' });
  rows.push([
    `all ${catalog.length} katas vs solutions, first run after clone (builds .kata/ caches)`,
    seconds(first),
    '–',
    '–',
  ]);
  // The whole catalogue on 2 cores, whatever its size: 20 s must hold at 31 katas too.
  const all = stats(() => wallMs(grade, { KATA_TARGET: 'solutions' }));
  rows.push([
    `all ${catalog.length} katas vs solutions, cold process`,
    seconds(all.median),
    seconds(all.max),
    budget(all.median, 20_000),
  ]);
  const one = stats(() => wallMs([...grade, 'matmul'], { KATA_TARGET: 'solutions' }));
  rows.push([
    'one kata (matmul) vs solutions, cold process',
    seconds(one.median),
    seconds(one.max),
    budget(one.median, 2000),
  ]);
  const stubs = stats(() => wallMs(grade));
  rows.push([
    `all ${catalog.length} untouched stubs (a fresh clone's npm test)`,
    seconds(stubs.median),
    seconds(stubs.max),
    '–',
  ]);
  // ts-node (what npm test uses) reads its settings (swc transpiler, CommonJS)
  // from tsconfig.json's "ts-node" block; tsx is measured for comparison.
  const tsNode = stats(() => wallMs([...grade, '--help']));
  const tsx = stats(() => wallMs([...grade, '--help'], {}, TSX));
  const tsxOne = stats(() => wallMs([...grade, 'matmul'], { KATA_TARGET: 'solutions' }, TSX));
  rows.push([
    'CLI start-up, node -r ts-node/register (swc transpiler; npm test)',
    seconds(tsNode.median),
    seconds(tsNode.max),
    '–',
  ]);
  rows.push(['CLI start-up, node --import tsx (for comparison)', seconds(tsx.median), seconds(tsx.max), '–']);
  rows.push([
    'one kata (matmul) vs solutions, cold, started by tsx instead',
    seconds(tsxOne.median),
    seconds(tsxOne.max),
    budget(tsxOne.median, 2000),
  ]);
  // The tolerance's headline case (geluToleranceCase.test.ts asserts it).
  const { right, wrong } = geluToleranceCase(startReference('cpu'));
  const toleranceRows = [
    [
      'GELU (tanh form) on [−10, 10], float32 reference vs float64',
      Math.abs(right.got - right.expected).toExponential(1),
      `${(100 * right.ratio).toFixed(1)}%`,
      right.ratio < 1 ? 'accepted ✓' : 'rejected ✗',
    ],
    [
      'the same GELU with √(2/π) written as 0.8',
      Math.abs(wrong.got - wrong.expected).toExponential(1),
      `${(100 * wrong.ratio).toFixed(0)}%`,
      wrong.ratio > 1 ? 'rejected ✓' : 'accepted ✗',
    ],
  ];
  const small = forwardPasses(4);
  const large = forwardPasses(64);
  rows.push([
    'forward passes per gradient check, matmul 4×4 / 64×64',
    `${small} / ${large}`,
    '–',
    small === large ? 'equal ✓' : 'differ ✗',
  ]);
  // The same on the katas' own graded cases: the kata with the largest tensors, and all of them.
  const spans = gradientCheckSpans();
  const widest = spans.reduce((a, b) => (b.largest.elements > a.largest.elements ? b : a));
  rows.push([
    `forward passes per gradient check, ${widest.slug}'s graded cases: smallest (${widest.smallest.elements} elements) / largest (${widest.largest.elements})`,
    `${widest.smallest.forwardPasses} / ${widest.largest.forwardPasses}`,
    '–',
    widest.smallest.forwardPasses === widest.largest.forwardPasses ? 'equal ✓' : 'differ ✗',
  ]);
  const growing = spans.filter((s) => !s.sizeIndependent).map((s) => s.slug);
  rows.push([
    `katas whose gradient checks' forward passes depend on the tensors' size (of ${spans.length} with gradient checks)`,
    growing.length ? growing.join(', ') : 'none',
    '–',
    growing.length ? '✗' : '✓',
  ]);

  const table = [
    `| measurement (median of ${RUNS}, ${process.env.BENCH_LABEL ?? 'this machine'}) | median | max | budget |`,
    '|---|---|---|---|',
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
  const tolerance = [
    '| tolerance check | worst error | share of the derived bound | verdict |',
    '|---|---|---|---|',
    ...toleranceRows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
  // What proving each kata costs in `npm run verify`, and its projection to the curriculum.
  benchVerify(Number(process.env.BENCH_VERIFY_RUNS ?? 3)).then((verify) => {
    console.log(`${table}\n\n${tolerance}\n\n${verify}`);
    fs.mkdirSync(stateDir, { recursive: true });
    fs.writeFileSync(path.join(stateDir, 'bench.md'), `${table}\n\n${tolerance}\n\n${verify}\n`);
    process.exit(0);
  });
}
