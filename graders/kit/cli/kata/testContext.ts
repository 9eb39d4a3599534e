import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { copyPristineKatas } from '../../proof/copyPristineKatas';
import { type KataContext, kataContext } from './kataContext';

export interface TestContext {
  readonly ctx: KataContext;
  readonly output: () => string;
  readonly dir: string;
  readonly target: string;
  readonly stateDir: string;
  /** Moves the fake clock. */
  readonly advance: (ms: number) => void;
  readonly cleanup: () => void;
}

/**
 * For the `kata` command tests: katas/ as a fresh clone has it as the target, an
 * empty state folder, captured plain output, a fake clock whose timers fire
 * when it is advanced, and scripted input lines. An `env` given is added to
 * the context's (`{ KATA_LANG: 'zh-CN' }` for a run in Chinese).
 */
export function testContext(input: readonly string[] = [], overrides: Partial<KataContext> = {}): TestContext {
  const { env, ...rest } = overrides;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gradkata-cli-'));
  const target = path.join(dir, 'katas');
  const stateDir = path.join(dir, 'state');
  copyPristineKatas(target);
  let text = '';
  let clock = Date.UTC(2026, 10, 29, 9, 0, 0);
  const timers: { at: number; fn: () => void; live: boolean }[] = [];
  const ctx = kataContext({
    out: (t) => (text += `${t}\n`),
    err: (t) => (text += `${t}\n`),
    tty: false,
    color: false,
    env: { KATA_STATE_DIR: stateDir, ...env },
    target,
    stateDir,
    progressFile: path.join(stateDir, 'progress.json'),
    now: () => clock,
    lines: () =>
      (async function* () {
        yield* input;
      })(),
    setTimer: (fn, ms) => {
      const t = { at: clock + ms, fn, live: true };
      timers.push(t);
      return { cancel: () => (t.live = false) };
    },
    ...rest,
  });
  const advance = (ms: number): void => {
    clock += ms;
    for (const t of timers.filter((x) => x.live && x.at <= clock)) {
      t.live = false;
      t.fn();
    }
  };
  return {
    ctx,
    output: () => text,
    dir,
    target,
    stateDir,
    advance,
    cleanup: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}
