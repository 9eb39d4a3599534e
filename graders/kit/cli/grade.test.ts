import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { catalog, findKata } from '../../catalog';
import { displayPath, repoRoot } from '../paths';
import { copyPristineKatas } from '../proof/copyPristineKatas';
import { variantOf } from '../proof/materializeVariants';

// `npm test` as a learner runs it, in a child process (the exit code is part of the contract).
function npmTest(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, ['-r', 'ts-node/register', 'graders/kit/cli/grade.ts', ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...env },
  });
  return { code: r.status, out: r.stdout + r.stderr };
}

const matmul = findKata('matmul')!;
let dbTransposed = '';
let overwrite = '';
beforeAll(async () => {
  dbTransposed = displayPath(await variantOf(matmul, 'db-transposed'));
  overwrite = displayPath(await variantOf(matmul, 'overwrite-not-accumulate'));
});

describe('npm test', () => {
  it('grades one kata by slug, writes results.json and exits 0 for a passing kata', () => {
    const r = npmTest(['matmul'], { KATA_TARGET: 'solutions' });
    expect(r.out).toMatch(/00 matmul\s+passed\s+10\/10 points/);
    expect(r.code).toBe(0);
    const json = JSON.parse(fs.readFileSync(path.join(repoRoot, '.kata', 'results.json'), 'utf8'));
    expect(json).toMatchObject({ version: 3, status: 'pass', points: 10, max_points: 10 });
  });

  it('exits 1 when a started kata fails, and prints the replay command', () => {
    const r = npmTest(['00'], { KATA_TARGET: dbTransposed });
    expect(r.code).toBe(1);
    expect(r.out).toMatch(
      new RegExp(
        `replay: KATA_TARGET=${dbTransposed} npm test -- matmul --seed \\d+ --only backward-matches-reference --path [\\d:]+`,
      ),
    );
  });

  it('the replay command reproduces exactly the failure it printed', () => {
    const first = npmTest(['matmul'], { KATA_TARGET: overwrite });
    const replay =
      /replay: KATA_TARGET=\S+ npm test -- matmul (--seed \d+ --only matmul-matches-reference --path [\d:]+)/.exec(
        first.out,
      )!;
    const again = npmTest(['matmul', ...replay[1].split(' ')], {
      KATA_TARGET: overwrite,
    });
    const message = (s: string) => /C\[\d+\]\[\d+\] is [^\n]+/.exec(s)?.[0];
    expect(message(again.out)).toBe(message(first.out));
    expect(again.out).toMatch(/counterexample \(failed after 1 run/);
  });

  it('a solution copied over its stub reads passed with full points; the rest stay not started', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gradkata-clone-'));
    try {
      copyPristineKatas(dir);
      fs.copyFileSync(
        path.join(repoRoot, 'solutions', '13-attention', 'attention.ts'),
        path.join(dir, '13-attention', 'attention.ts'),
      );
      const r = npmTest([], { KATA_TARGET: dir });
      expect(r.out).toMatch(/13 attention\s+passed\s+(\d+)\/\1 points/);
      expect(r.out).toContain(`1/${catalog.length} passed, ${catalog.length - 1} not started`);
      expect(r.code).toBe(0);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('speaks Chinese with KATA_LANG=zh-CN or --lang: the same numbers, the misconception in Chinese', () => {
    const en = npmTest(['00'], { KATA_TARGET: dbTransposed });
    const zh = npmTest(['00'], { KATA_TARGET: dbTransposed, KATA_LANG: 'zh-CN' });
    const undated = (s: string) => s.replace(/\d+\.\d+ (s|秒)$/m, '');
    expect(undated(npmTest(['00', '--lang', 'zh-CN'], { KATA_TARGET: dbTransposed }).out)).toBe(undated(zh.out));
    expect(zh.code).toBe(en.code);
    expect(en.out).toMatch(/likely mistake: dB is transposed/);
    const zhText = JSON.parse(fs.readFileSync(path.join(repoRoot, 'graders', '00-matmul', 'zh-CN.json'), 'utf8'))
      .misconceptions['db-transposed'];
    expect(zh.out).toContain(`可能的错误：${zhText}`);
    expect(zh.out).not.toMatch(/likely mistake|passed|points|counterexample/);
    // Every number of the English run, in the same order (the run's duration aside).
    const numbers = (s: string) => undated(s).match(/-?\d+(\.\d+)?(e-?\d+)?/g);
    expect(numbers(zh.out)).toEqual(numbers(en.out));
    expect(npmTest(['00', '--lang', 'fr'], { KATA_TARGET: dbTransposed })).toMatchObject({ code: 2 });
  });

  it('rejects an unknown kata with the list of katas, exit 2', () => {
    const r = npmTest(['softmax-everything']);
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/unknown kata "softmax-everything"; the katas are: matmul, /);
  });
});
