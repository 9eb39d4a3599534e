import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { catalog } from '../../catalog';
import { gradeKatas } from '../engine/gradeKatas';
import { DEFAULT_SEED } from '../engine/propertySeed';
import { repoRoot, solutionsDir } from '../paths';
import { oneKataPerTrack } from '../proof/oneKataPerTrack';
import type { RunResults } from '../results/results';
import { parseGradeArgs } from './parseGradeArgs';

// A CI matrix of two shards (`npm test -- --shard I/2 --results F`), merged
// with `npm run grade:merge`, gives the results of one job. The katas named
// are one per track: what is tested is the split and the merge, and a shard
// slices the katas it is given as it slices the whole catalogue.
const katas = oneKataPerTrack;
const names = katas.map((k) => k.slug);

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gradkata-shards-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function run(script: string, args: string[]): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['-r', 'ts-node/register', script, ...args], {
      cwd: repoRoot,
      env: { ...process.env, KATA_TARGET: 'solutions', NO_COLOR: '1' },
    });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    child.on('close', (code) => resolve({ code, out }));
  });
}

const summary = (r: RunResults) =>
  r.katas.map((k) => [k.slug, k.status, k.points, k.maxPoints, k.properties.map((p) => `${p.id}:${p.status}`)]);

describe('grading split across a matrix', () => {
  it('two shards, merged, equal one run', async () => {
    const shard = (i: number) => path.join(tmp, `shard-${i}.json`);
    const runs = await Promise.all(
      [1, 2].map((i) => run('graders/kit/cli/grade.ts', [...names, '--shard', `${i}/2`, '--results', shard(i)])),
    );
    for (const r of runs) expect(r.code, r.out).toBe(0);
    const parts = [1, 2].map((i) => JSON.parse(fs.readFileSync(shard(i), 'utf8')) as RunResults);
    expect(parts.map((p) => p.katas.map((k) => k.slug))).toEqual([
      names.filter((_, i) => i % 2 === 0),
      names.filter((_, i) => i % 2 === 1),
    ]);
    const merged = await run('graders/kit/cli/gradeMerge.ts', [path.join(tmp, 'merged.json'), shard(2), shard(1)]);
    expect(merged.code, merged.out).toBe(0);
    expect(merged.out).toMatch(new RegExp(`^${katas.length}/${katas.length} passed`, 'm'));
    const one = await gradeKatas({ target: solutionsDir, katas, seed: DEFAULT_SEED });
    const mergedResults = JSON.parse(fs.readFileSync(path.join(tmp, 'merged.json'), 'utf8')) as RunResults;
    expect(summary(mergedResults)).toEqual(summary(one));
    expect([mergedResults.points, mergedResults.maxPoints]).toEqual([one.points, one.maxPoints]);
  }, 120_000);

  it('with no kata named, the shards of N split the whole catalogue: each kata in exactly one', () => {
    for (const count of [1, 2, 3, 4]) {
      const slices = Array.from({ length: count }, (_, i) =>
        parseGradeArgs(['--shard', `${i + 1}/${count}`], {}).katas.map((k) => k.slug),
      );
      expect(slices.flat().sort()).toEqual(catalog.map((k) => k.slug).sort());
      expect(Math.max(...slices.map((s) => s.length)) - Math.min(...slices.map((s) => s.length))).toBeLessThanOrEqual(
        1,
      );
    }
  });

  it('a shard that is not I/N is refused', async () => {
    const r = await run('graders/kit/cli/grade.ts', ['--shard', '3/2']);
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/--shard must be I\/N with 1 ≤ I ≤ N, got "3\/2"/);
  });
});
