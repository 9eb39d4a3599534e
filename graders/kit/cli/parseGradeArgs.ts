import { parseArgs } from 'node:util';
import { catalog, type KataEntry } from '../../catalog';
import { DEFAULT_TIMEOUT_MS } from '../engine/gradeKatas';
import { DEFAULT_SEED } from '../engine/propertySeed';
import { resolveTarget } from '../paths';
import { type Lang, resolveLang } from '../results/lang';
import { findKataArg } from './kata/findKataArg';
import { UsageError } from './usageError';

export interface GradeArgs {
  readonly katas: readonly KataEntry[];
  readonly target: string;
  readonly seed: number;
  readonly only?: string;
  readonly path?: string;
  readonly timeoutMs: number;
  /** Where to write the whole results object (RunResults) as JSON, for `grade:pr` and merging shards. */
  readonly resultsFile?: string;
  /** `i/n`: grade the i-th of n interleaved slices of the katas (a CI matrix; merge with `npm run grade:merge`). */
  readonly shard?: { readonly index: number; readonly count: number };
  /** The language the table and messages are written in (--lang, KATA_LANG, the locale). */
  readonly lang: Lang;
}

export const USAGE = `usage: npm test -- [kata ...] [--seed N] [--only PROPERTY-ID] [--path P] [--timeout SECONDS]
                    [--results FILE] [--shard I/N] [--lang en|zh-CN]
  kata      slug, folder or number: matmul, 00-matmul, 00 (default: every kata)
  --results write the whole results object to FILE (JSON)
  --shard   grade slice I of N (CI matrices); merge the slices' --results with npm run grade:merge
  --lang    the language of the table and messages (default: KATA_LANG, else the locale, else en)
  env       KATA_TARGET=katas|solutions|<dir> (default katas), KATA_SEED, KATA_BACKEND=cpu, KATA_LANG`;

/** Reads `npm test` arguments and KATA_* variables; throws a one-line message on anything unknown. */
export function parseGradeArgs(argv: readonly string[], env: NodeJS.ProcessEnv): GradeArgs {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      seed: { type: 'string' },
      only: { type: 'string' },
      path: { type: 'string' },
      timeout: { type: 'string' },
      results: { type: 'string' },
      shard: { type: 'string' },
      lang: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) throw new UsageError(USAGE, 0);
  const chosen = positionals.length === 0 ? catalog : positionals.map((name) => findKataArg(name, 'test'));
  const shard = values.shard === undefined ? undefined : parseShard(values.shard);
  const katas = shard ? chosen.filter((_, i) => i % shard.count === shard.index - 1) : chosen;
  const seed = integer(values.seed ?? env.KATA_SEED, DEFAULT_SEED, 'seed');
  const timeoutMs = values.timeout === undefined ? DEFAULT_TIMEOUT_MS : 1000 * positive(values.timeout, 'timeout');
  if (values.path && !values.only) throw new UsageError('--path replays one property: give --only PROPERTY-ID too');
  return {
    katas,
    target: resolveTarget(env.KATA_TARGET),
    seed,
    only: values.only,
    path: values.path,
    timeoutMs,
    resultsFile: values.results,
    shard,
    lang: language(values.lang, env),
  };
}

function integer(v: string | undefined, fallback: number, name: string): number {
  if (v === undefined || v === '') return fallback;
  const n = Number(v);
  if (!Number.isSafeInteger(n)) throw new UsageError(`--${name} must be an integer, got "${v}"`);
  return n;
}

function parseShard(v: string): { index: number; count: number } {
  const m = /^(\d+)\/(\d+)$/.exec(v);
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index < 1 || index > count)
    throw new UsageError(`--shard must be I/N with 1 ≤ I ≤ N, got "${v}"`);
  return { index, count };
}

function positive(v: string, name: string): number {
  const n = Number(v);
  if (!(n > 0)) throw new UsageError(`--${name} must be a positive number, got "${v}"`);
  return n;
}

function language(flag: string | undefined, env: NodeJS.ProcessEnv): Lang {
  try {
    return resolveLang(flag, env);
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
}
