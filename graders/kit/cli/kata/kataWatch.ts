import { parseArgs } from 'node:util';
import { catalog, type KataEntry } from '../../../catalog';
import { DEFAULT_TIMEOUT_MS, gradeKatas } from '../../engine/gradeKatas';
import { DEFAULT_SEED } from '../../engine/propertySeed';
import { warmWorkers } from '../../engine/warmWorkers';
import { displayPath, learnerFile } from '../../paths';
import { BEFORE_GRADING, type KataResult } from '../../results/results';
import { fileHash } from '../../state/fileHash';
import { loadProgress } from '../../state/loadProgress';
import { emptyProgress } from '../../state/progress';
import { recordResults } from '../../state/recordResults';
import { saveProgress } from '../../state/saveProgress';
import { UsageError } from '../usageError';
import { findKataArg } from './findKataArg';
import type { KataContext } from './kataContext';
import { localImports } from './localImports';
import { propertyChanges } from './propertyChanges';
import { watchFiles } from './watchFiles';
import { watchReport } from './watchReport';
import { watchUnbuilt } from './watchUnbuilt';
import { t } from './words';

/**
 * `kata watch [kata] [--poll]`: grades, then re-grades a kata each time its
 * file is saved, and says which properties pass or fail now that did not
 * before. Each kata keeps a warm grader worker (tfjs and the grader loaded
 * once), so a re-grade costs the learner's bundle and the properties.
 */
export async function kataWatch(argv: readonly string[], ctx: KataContext): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: { poll: { type: 'boolean' }, seed: { type: 'string' }, timeout: { type: 'string' } },
  });
  const katas: readonly KataEntry[] = positionals.length ? positionals.map((n) => findKataArg(n, 'watch')) : catalog;
  const seed = Number(values.seed ?? (ctx.env.KATA_SEED || DEFAULT_SEED));
  const timeoutMs = values.timeout ? 1000 * Number(values.timeout) : DEFAULT_TIMEOUT_MS;
  if (!Number.isSafeInteger(seed))
    throw new UsageError(t('watch.seed', { value: String(values.seed ?? ctx.env.KATA_SEED) }));
  if (!(timeoutMs > 0)) throw new UsageError(t('watch.timeout', { value: String(values.timeout) }));
  const workers = warmWorkers();
  const last = new Map<string, { hash: string; result: KataResult }>();
  let queue = Promise.resolve();

  const grade = async (group: readonly KataEntry[], force: boolean): Promise<void> => {
    // A save that changed nothing the kata is built from is skipped (editors save twice, touch files).
    const hashes = new Map(
      group.map((k) => [k.slug, localImports(learnerFile(ctx.target, k)).map(fileHash).join(' ')]),
    );
    const changed = group.filter((k) => force || last.get(k.slug)?.hash !== hashes.get(k.slug));
    if (changed.length === 0) return;
    const t0 = performance.now();
    const results = await gradeKatas({ target: ctx.target, katas: changed, seed, timeoutMs, runWorker: workers.run });
    const ms = performance.now() - t0;
    const graded: KataResult[] = [];
    for (const result of results.katas) {
      const before = last.get(result.slug);
      const hash = hashes.get(result.slug)!;
      // A file that does not build mid-edit says nothing about its answers: show
      // the error once and keep the last results, for the next save to compare to.
      if (before && result.problem && BEFORE_GRADING.has(result.problem.kind)) {
        ctx.out(watchUnbuilt(result, before.result, ctx.now(), ctx.paint));
        last.set(result.slug, { hash, result: before.result });
        continue;
      }
      ctx.out(watchReport(results, result, propertyChanges(before?.result, result), ms, ctx.now(), ctx.paint));
      last.set(result.slug, { hash, result });
      graded.push(result);
    }
    if (graded.length === 0) return;
    saveProgress(
      ctx.progressFile,
      recordResults(
        loadProgress(ctx.progressFile) ?? emptyProgress(),
        { ...results, katas: graded },
        ctx.target,
        ctx.now(),
      ),
    );
  };
  // One grade at a time, in the order files were saved; a gradkata failure is one line, and watching goes on.
  const enqueue = (group: readonly KataEntry[], force = false): Promise<void> =>
    (queue = queue
      .then(() => grade(group, force))
      .catch((err: unknown) => {
        ctx.err(t('watch.could-not-grade', { error: err instanceof Error ? err.message : String(err) }));
      }));

  const poll = Boolean(values.poll) || ctx.env.KATA_WATCH_POLL === '1';
  const files = katas.map((k) => learnerFile(ctx.target, k));
  // A save re-grades every watched kata whose file is, or imports, the saved file.
  const dependents = (saved: string): KataEntry[] => katas.filter((_k, i) => localImports(files[i]).includes(saved));
  const watched = [...new Set(files.flatMap(localImports))];
  const watcher = watchFiles(watched, (file) => void enqueue(dependents(file)), { poll });
  const what =
    katas.length === 1
      ? displayPath(files[0])
      : t('watch.katas-in', { number: katas.length, dir: displayPath(ctx.target) });
  ctx.out(ctx.paint.dim(t(watcher.polling ? 'watch.watching-polling' : 'watch.watching', { what })));
  try {
    await enqueue(katas, true);
    await new Promise<void>((resolve) => {
      if (ctx.signal?.aborted) resolve();
      ctx.signal?.addEventListener('abort', () => resolve(), { once: true });
    });
    await queue;
  } finally {
    watcher.close();
    workers.close();
  }
  return 0;
}
