import fs from 'node:fs';
import path from 'node:path';
import { gradeKatas } from '../../engine/gradeKatas';
import { resultsJson } from '../../reporters/resultsJson';
import { terminalTable } from '../../reporters/terminalTable';
import { exitCode } from '../../results/results';
import { loadProgress } from '../../state/loadProgress';
import { emptyProgress } from '../../state/progress';
import { recordResults } from '../../state/recordResults';
import { saveProgress } from '../../state/saveProgress';
import { parseGradeArgs } from '../parseGradeArgs';
import type { KataContext } from './kataContext';
import { t } from './words';

/** `kata test [kata ...]`: npm test's arguments, grading, table, results.json and exit code, and the progress it records. */
export async function kataTest(argv: readonly string[], ctx: KataContext): Promise<number> {
  const args = { ...parseGradeArgs(argv, ctx.env), target: ctx.target };
  if (!fs.existsSync(args.target)) {
    ctx.err(t('test.no-target', { dir: args.target }));
    return 2;
  }
  const results = await gradeKatas(args);
  fs.mkdirSync(ctx.stateDir, { recursive: true });
  fs.writeFileSync(path.join(ctx.stateDir, 'results.json'), `${JSON.stringify(resultsJson(results), null, 2)}\n`);
  if (args.resultsFile) fs.writeFileSync(path.resolve(args.resultsFile), `${JSON.stringify(results)}\n`);
  // A replay of one property (--only) is not the kata's score.
  if (!args.only) {
    const progress = loadProgress(ctx.progressFile) ?? emptyProgress();
    saveProgress(ctx.progressFile, recordResults(progress, results, args.target, ctx.now()));
  }
  ctx.out(terminalTable(results, ctx.color));
  return exitCode(results);
}
