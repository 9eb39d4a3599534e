import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../../catalog';
import { repoRoot } from '../../paths';
import { copyPristineKatas } from '../../proof/copyPristineKatas';

// The bin as npx runs it (package.json "bin": bin/kata.js), from a folder
// inside the repository, in a child process: exit codes and plain output.
function kata(args: string[], env: Record<string, string>) {
  const r = spawnSync(process.execPath, [path.join(repoRoot, 'bin', 'kata.js'), ...args], {
    cwd: path.join(repoRoot, 'katas'),
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...env },
  });
  return { code: r.status, out: r.stdout + r.stderr };
}

describe('the kata bin', () => {
  it("is package.json's bin, lists a fresh copy of the katas and rejects nonsense with exit 2", () => {
    expect(JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')).bin).toEqual({
      kata: 'bin/kata.js',
    });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gradkata-bin-'));
    try {
      copyPristineKatas(path.join(dir, 'katas'));
      const env = { KATA_TARGET: path.join(dir, 'katas'), KATA_STATE_DIR: path.join(dir, 'state') };
      const list = kata(['list'], env);
      expect(list.code).toBe(0);
      expect(list.out).toMatch(new RegExp(`Overall\\s+\\[-{20}\\] 0/${catalog.length} passed`));
      expect(list.out).not.toContain('\u001b[');
      const bad = kata(['hint', 'nope'], env);
      expect(bad.code).toBe(2);
      expect(bad.out).toMatch(/unknown kata "nope"/);
      expect(bad.out).not.toMatch(/\n\s+at /);
      // The language from KATA_LANG, as a learner's shell sets it, and from the locale.
      const chinese: Record<string, string>[] = [
        { KATA_LANG: 'zh-CN' },
        { KATA_LANG: '', LC_ALL: '', LC_MESSAGES: '', LANG: 'zh_CN.UTF-8' },
      ];
      for (const lang of chinese) {
        const zh = kata(['hint', 'nope'], { ...env, ...lang });
        expect(zh.code).toBe(2);
        expect(zh.out).toContain('kata: 没有叫 "nope" 的题；现有的题是：matmul, ');
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('ends quietly, with its own exit code, when the reader closes the pipe early (| head)', async () => {
    for (const args of [
      [path.join(repoRoot, 'bin', 'kata.js'), 'test', 'matmul'],
      ['-r', 'ts-node/register', 'graders/kit/cli/grade.ts', 'matmul'],
    ]) {
      const child = spawn(process.execPath, args, {
        cwd: repoRoot,
        env: { ...process.env, NO_COLOR: '1', KATA_TARGET: path.join(repoRoot, 'solutions') },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child.stdout.destroy(); // the reader is gone before the first line
      let stderr = '';
      child.stderr.on('data', (d) => (stderr += d));
      const code = await new Promise((resolve) => child.on('close', resolve));
      expect(stderr, args.join(' ')).not.toMatch(/EPIPE|\n\s+at /);
      expect(code, args.join(' ')).toBe(0);
    }
  });
});
