import { resolveTarget } from '../../paths';
import { type Paint, paint, useColor } from '../../reporters/paint';
import { kataStateDir, progressFile } from '../../state/progressFile';

/**
 * Everything a `kata` command touches outside its arguments, so tests can
 * run a command in-process with captured output, a temporary target and
 * state folder, scripted input and a fake clock.
 */
export interface KataContext {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** A terminal: colours (unless NO_COLOR), bars drawn with blocks, a live countdown. */
  readonly tty: boolean;
  /** The terminal's width when there is one (side-by-side layouts); else COLUMNS decides. */
  readonly columns?: number;
  /** Colour: a terminal without NO_COLOR (reporters/paint.ts). */
  readonly color: boolean;
  readonly paint: Paint;
  readonly env: NodeJS.ProcessEnv;
  readonly target: string;
  readonly stateDir: string;
  readonly progressFile: string;
  readonly now: () => number;
  /** Lines typed by the learner (interview); ends when input closes. */
  readonly lines: () => AsyncIterator<string>;
  readonly setTimer: (fn: () => void, ms: number) => { cancel: () => void };
  /** Ends a long-running command (watch, interview): Ctrl-C, or a test. */
  readonly signal?: AbortSignal;
}

export function kataContext(o: Partial<KataContext> & { env?: NodeJS.ProcessEnv } = {}): KataContext {
  const env = o.env ?? process.env;
  const tty = o.tty ?? Boolean(process.stdout.isTTY);
  const color = o.color ?? (tty && useColor({ isTTY: true }));
  return {
    out: (t) => process.stdout.write(`${t}\n`),
    err: (t) => process.stderr.write(`${t}\n`),
    tty,
    columns: tty ? process.stdout.columns : undefined,
    color,
    paint: paint(color),
    env,
    target: resolveTarget(env.KATA_TARGET),
    stateDir: kataStateDir(env),
    progressFile: progressFile(env),
    now: Date.now,
    lines: () => stdinLines(),
    setTimer: (fn, ms) => {
      const t = setTimeout(fn, ms);
      return { cancel: () => clearTimeout(t) };
    },
    ...o,
  };
}

async function* stdinLines(): AsyncGenerator<string> {
  const readline = await import('node:readline');
  const rl = readline.createInterface({ input: process.stdin, terminal: false });
  try {
    for await (const line of rl) yield line;
  } finally {
    rl.close();
  }
}
