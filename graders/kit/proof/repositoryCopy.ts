import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from '../paths';
import { copyPristineKatas } from './copyPristineKatas';

export interface RepositoryCopy {
  readonly dir: string;
  /** node with these arguments in the copy: exit code and all it printed. */
  readonly run: (args: string[], env?: Record<string, string>) => { code: number | null; out: string };
  /** `vitest run …` in the copy, with this checkout's node_modules. */
  readonly vitest: (args: string[]) => { code: number | null; out: string };
  readonly remove: () => void;
}

/**
 * A temporary copy of this checkout (its tracked and unignored files, the
 * untouched stubs, no git history) sharing node_modules: where a test may
 * change the project itself — add a kata, remove a translation — and run the
 * project's own commands on it.
 */
export function repositoryCopy(prefix: string): RepositoryCopy {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const files = execFileSync('git', ['-C', repoRoot, 'ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    encoding: 'utf8',
  })
    .split('\0')
    .filter((f) => f && fs.existsSync(path.join(repoRoot, f)));
  for (const f of files) fs.cpSync(path.join(repoRoot, f), path.join(dir, f));
  // No git history in the copy: its katas are the untouched stubs, whatever this checkout's hold.
  fs.rmSync(path.join(dir, 'katas'), { recursive: true, force: true });
  copyPristineKatas(path.join(dir, 'katas'));
  fs.symlinkSync(path.join(repoRoot, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  const run = (args: string[], env: Record<string, string> = {}) => {
    const r = spawnSync(process.execPath, args, {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', KATA_TARGET: '', ...env },
      timeout: 240_000,
    });
    return { code: r.status, out: `${r.stdout}${r.stderr}` };
  };
  return {
    dir,
    run,
    vitest: (args) => run([path.join(repoRoot, 'node_modules', 'vitest', 'vitest.mjs'), 'run', ...args]),
    remove: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}
