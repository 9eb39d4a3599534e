// `npm run bench:watch`: how long `kata watch` takes to re-grade a kata after
// a save, once it is running. A scripted edit loop writes alternately a
// right and two wrong versions of matmul into a copy of katas/ and waits
// for watch to print the result: "save → result" counts the file-change
// event and its debounce, "grade" only the re-grade. Median and max over
// BENCH_EDITS edits (default 21), first grade (cold worker) excluded.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findKata } from '../../catalog';
import { katasDir, solutionsDir } from '../paths';
import { variantSource } from '../proof/materializeVariants';
import { kataContext } from './kata/kataContext';
import { kataWatch } from './kata/kataWatch';

const EDITS = Number(process.env.BENCH_EDITS ?? 21);
const matmul = findKata('matmul')!;
/** The solution and two of its wrong variants, saved in turn. */
const versionsOf = async (): Promise<string[]> => [
  fs.readFileSync(path.join(solutionsDir, '00-matmul', 'matmul.ts'), 'utf8'),
  await variantSource(matmul, 'db-transposed'),
  await variantSource(matmul, 'overwrite-not-accumulate'),
];

async function measure(poll: boolean): Promise<{ saveToResult: number[]; grade: number[]; first: number }> {
  const versions = await versionsOf();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gradkata-bench-watch-'));
  fs.cpSync(katasDir, path.join(dir, 'katas'), { recursive: true });
  const file = path.join(dir, 'katas', '00-matmul', 'matmul.ts');
  const stop = new AbortController();
  let reports: { at: number; ms: number }[] = [];
  const ctx = kataContext({
    env: { KATA_STATE_DIR: path.join(dir, 'state') },
    target: path.join(dir, 'katas'),
    stateDir: path.join(dir, 'state'),
    progressFile: path.join(dir, 'state', 'progress.json'),
    tty: false,
    color: false,
    signal: stop.signal,
    out: (t) => {
      const m = /graded in (\d+) ms/.exec(t);
      if (m) reports.push({ at: performance.now(), ms: Number(m[1]) });
    },
    err: (t) => console.error(t),
  });
  const watching = kataWatch(['matmul', ...(poll ? ['--poll'] : [])], ctx);
  const nextReport = async (): Promise<{ at: number; ms: number }> => {
    while (reports.length === 0) await new Promise((r) => setTimeout(r, 2));
    const r = reports[0];
    reports = [];
    return r;
  };
  await nextReport(); // the first grade: stub, cold worker
  const saveToResult: number[] = [];
  const grade: number[] = [];
  let first = 0;
  for (let i = 0; i <= EDITS; i++) {
    await new Promise((r) => setTimeout(r, 150));
    const t0 = performance.now();
    fs.writeFileSync(file, versions[i % versions.length]);
    const r = await nextReport();
    if (i === 0) {
      first = r.at - t0; // the first save over the stub: the properties have never run in this worker
      continue;
    }
    saveToResult.push(r.at - t0);
    grade.push(r.ms);
  }
  stop.abort();
  await watching;
  fs.rmSync(dir, { recursive: true, force: true });
  return { saveToResult, grade, first };
}

const stats = (xs: number[]): string => {
  const s = [...xs].sort((a, b) => a - b);
  return `${Math.round(s[Math.floor(s.length / 2)])} ms | ${Math.round(s[s.length - 1])} ms`;
};

async function main(): Promise<void> {
  const firsts: string[] = [];
  const rows: string[] = ['| kata watch, one kata (matmul), after the first run | median | max |', '|---|---|---|'];
  for (const poll of [false, true]) {
    const m = await measure(poll);
    const how = poll ? 'polling (--poll, 100 ms)' : 'fs.watch events';
    rows.push(
      `| re-grade only, ${how} | ${stats(m.grade)} |`,
      `| save → result printed, ${how} | ${stats(m.saveToResult)} |`,
    );
    firsts.push(`first save over the stub → result, ${how}: ${Math.round(m.first)} ms`);
  }
  console.log(`${EDITS} edits each, budget ≤ 300 ms median:\n\n${rows.join('\n')}\n\n${firsts.join('\n')}`);
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
