import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Tensor } from '@tensorflow/tfjs-core';
import { catalog } from '../../catalog';
import { repoRoot, stateDir } from '../paths';
import { loadTf } from './loadTf';
import { prepareBackendProcess } from './prepareBackendProcess';
import { startRemoteBackend } from './startRemoteBackend';

// `npm run bench -- --backends`: what each reference backend costs here.
// Grading times are medians of cold `npm test` processes against the
// solutions (what a learner waits for, start-up included); the latency table
// times one matMul value + vjp in one process, small to large, which is where
// a GPU pays off or does not.

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const BACKENDS = (process.env.BENCH_BACKENDS ?? 'cpu,webgpu,wasm').split(',');
const SIZES = (process.env.BENCH_SIZES ?? '4,64,256,512').split(',').map(Number);

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

/** Processes that died of a signal, reported under the table (a crash is retried once, never hidden). */
const crashes: string[] = [];

/** Wall time of one cold `npm test` (ms), or the first line that says why it could not grade. */
function grade(backend: string, slugs: string[], retry = true): number | string {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['-r', 'ts-node/register', 'graders/kit/cli/grade.ts', ...slugs], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', KATA_TARGET: 'solutions', KATA_BACKEND: backend },
  });
  const ms = performance.now() - t0;
  if (r.signal && retry) {
    crashes.push(`npm test ${slugs.join(' ')} on ${backend} died of ${r.signal}`);
    return grade(backend, slugs, false);
  }
  const refused = /KATA_BACKEND=\S+ (is refused|cannot start)[^\n]*/.exec(r.stdout + r.stderr);
  if (refused) return refused[0].replace(/ \(.*$/, '').replace(/;.*$/, '');
  if (r.status !== 0 || !/passed · /.test(r.stdout))
    throw new Error(`bench: grading ${slugs.join(' ') || 'all'} on ${backend} failed:\n${r.stdout}${r.stderr}`);
  return ms;
}

function gradingRow(backend: string): string[] {
  const cell = (slugs: string[]): string => {
    const first = grade(backend, slugs);
    if (typeof first === 'string') return first;
    return seconds(median([first, ...Array.from({ length: RUNS - 1 }, () => grade(backend, slugs) as number)]));
  };
  const all = cell([]);
  if (!all.endsWith(' s')) return [backend, all, ...catalog.map(() => '–')];
  return [backend, all, ...catalog.map((k) => cell([k.slug]))];
}

function latencyRows(): string[][] {
  const tf = loadTf();
  const { description } = startRemoteBackend(tf, 'webgpu');
  const time = (backend: string, n: number): number => {
    tf.setBackend(backend);
    const a = Array.from({ length: n * n }, (_, i) => Math.sin(i));
    const once = (): void =>
      tf.tidy(() => {
        const [x, y] = [tf.tensor2d(a, [n, n]), tf.tensor2d(a, [n, n])];
        const { value, grads } = tf.valueAndGrads((p: Tensor, q: Tensor) => tf.matMul(p, q))([x, y], tf.onesLike(x));
        for (const t of [value, ...grads]) t.dataSync();
      });
    once(); // shaders compile on first use
    return median(
      Array.from({ length: 5 }, () => {
        const t0 = performance.now();
        once();
        return performance.now() - t0;
      }),
    );
  };
  const rows = SIZES.map((n) => {
    const [cpu, gpu] = [time('cpu', n), time('webgpu', n)];
    return [`${n}×${n}`, `${cpu.toFixed(1)} ms`, `${gpu.toFixed(1)} ms`, `${(cpu / gpu).toFixed(2)}×`];
  });
  return [[`matMul value + vjp, n×n`, 'cpu', `webgpu (${description})`, 'cpu / webgpu'], ...rows];
}

export function benchBackends(): void {
  prepareBackendProcess('webgpu');
  const header = ['backend', `all ${catalog.length} katas`, ...catalog.map((k) => `${k.number} ${k.slug}`)];
  const grading = [header, ...BACKENDS.map(gradingRow)];
  const latency = latencyRows();
  const md = (rows: string[][], title: string): string =>
    [
      `| ${rows[0].join(' | ')} |`,
      `|${rows[0].map(() => '---').join('|')}|`,
      ...rows.slice(1).map((r) => `| ${r.join(' | ')} |`),
      '',
      title,
    ].join('\n');
  const out = [
    md(
      grading,
      `Cold \`npm test\` against the solutions, median of ${RUNS} (${process.env.BENCH_LABEL ?? 'this machine'}).`,
    ),
    md(latency, 'One reference call in a warm process, median of 5 after one warm-up.'),
    crashes.length ? `Crashes, each retried once: ${crashes.join('; ')}.` : 'No process crashed.',
  ].join('\n\n');
  console.log(out);
  fs.mkdirSync(stateDir, { recursive: true });
  fs.writeFileSync(path.join(stateDir, 'bench-backends.md'), `${out}\n`);
}
