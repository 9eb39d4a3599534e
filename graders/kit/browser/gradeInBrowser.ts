/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import { catalog } from '../../catalog';
import { loadTf } from '../backends/browser/tfjsBrowser';
import { startReference } from '../backends/startReference';
import { tfOpsIn } from '../backends/tfOpsIn';
import { DEFAULT_SEED, propertySeed } from '../engine/propertySeed';
import { runProperty } from '../engine/runProperty';
import type { KataModule } from '../toolkit/callLearner';
import { DEFAULT_RUNS, type Grader } from '../toolkit/defineGrader';
import { opCover } from './opCover';

// The same graders and properties as `npm test`, run inside Chromium against
// the solutions with a GPU backend as reference. What differs from the Node
// path: graders and solutions are imported into the page directly (no
// esbuild bundles, no worker per kata, so no time limit or run-time rules
// around learner code), and the backend runs in the page's own thread.

const graders = import.meta.glob<{ default: Grader<KataModule> }>('../../*/grader.ts');
const solutions = import.meta.glob<KataModule>('../../../solutions/*/*.ts');
const references = import.meta.glob<string>('../../*/reference.ts', { query: '?raw', import: 'default', eager: true });

declare const __KATA_BROWSER_KATAS__: string;

/** The katas whose references between them call every tfjs op the graders use (opCover.ts), in catalogue order. */
export function opCoverKatas(): string[] {
  const byKata = new Map<string, Set<string>>();
  for (const kata of catalog) {
    const source = references[`../../${kata.number}-${kata.slug}/reference.ts`];
    if (source !== undefined) byKata.set(kata.slug, tfOpsIn(source));
  }
  return opCover(
    byKata,
    catalog.map((k) => k.slug),
  );
}

/** KATA_BROWSER_KATAS=cover (.ci/run) grades the op cover only; unset or `all`, every solution. */
export function selectedKatas(): string[] | undefined {
  return __KATA_BROWSER_KATAS__ === 'cover' ? opCoverKatas() : undefined;
}

/**
 * Cases per property in .ci/run's op cover: what is checked there is the
 * backend inside each op's compositions (the solutions are proven on cpu
 * with every case by the proof), and SwiftShader compiles a shader per op
 * and shape, so each case drawn costs seconds in the convolution katas.
 */
const COVER_RUNS = 10;

/**
 * Starts `name` in this page (WebGL and WebGPU start asynchronously) and
 * makes it the reference. WebGL's packed binary ops are switched off: with
 * them the conformance check refuses WebGL here (webgl.spec.ts shows it).
 */
export async function startInBrowser(name: 'webgl' | 'webgpu', { packedBinaryOps = false } = {}): Promise<void> {
  const tf = loadTf();
  if (name === 'webgl') tf.env().set('WEBGL_PACK_BINARY_OPERATIONS', packedBinaryOps);
  if (!(await tf.setBackend(name))) throw new Error(`KATA_BACKEND=${name} cannot start in this browser`);
  await tf.ready();
  globalThis.__KATA_BACKEND__ = name;
}

/**
 * Every kata's solution (or those of `slugs`) earns every point with `name`
 * as reference; durations go to the console for the README.
 */
export function gradeSolutionsInBrowser(name: 'webgl' | 'webgpu', slugs?: readonly string[]): void {
  describe(`solutions graded in Chromium with ${name} as reference`, () => {
    it(`${name} starts and passes the conformance check`, async () => {
      await startInBrowser(name);
      const ref = startReference(name);
      expect(ref.name).toBe(name);
      console.log(
        `[bench] ${name} device: ${ref.device}; measured precision factor ${(ref.unitRoundoff / 2 ** -24).toFixed(2)}`,
      );
    }, 120_000);

    for (const kata of catalog.filter((k) => !slugs || slugs.includes(k.slug))) {
      const folder = `${kata.number}-${kata.slug}`;
      it(`${folder}: every property passes`, async () => {
        const grader = (await graders[`../../${folder}/grader.ts`]()).default;
        const solution = await solutions[`../../../solutions/${folder}/${kata.slug}.ts`]();
        const t0 = performance.now();
        for (const property of grader.properties) {
          const p =
            __KATA_BROWSER_KATAS__ === 'cover'
              ? { ...property, numRuns: Math.min(property.numRuns ?? DEFAULT_RUNS, COVER_RUNS) }
              : property;
          const r = runProperty(p, solution, {
            seed: propertySeed(DEFAULT_SEED, kata.slug, p.id),
            env: { reference: startReference(name) },
          });
          expect(r.status, `${p.id}: ${r.failure?.detail.summary ?? ''} for ${r.failure?.counterexample ?? ''}`).toBe(
            'pass',
          );
        }
        console.log(`[bench] ${name} ${folder} ${((performance.now() - t0) / 1000).toFixed(2)} s`);
      }, 300_000);
    }
  });
}
