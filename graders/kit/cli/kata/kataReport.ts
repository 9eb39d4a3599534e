import path from 'node:path';
import { parseArgs } from 'node:util';
import { catalog } from '../../../catalog';
import { gradeKatas } from '../../engine/gradeKatas';
import { DEFAULT_SEED } from '../../engine/propertySeed';
import { displayPath } from '../../paths';
import { writeReport } from '../../report/writeReport';
import { loadProgress } from '../../state/loadProgress';
import { emptyProgress } from '../../state/progress';
import { recordResults } from '../../state/recordResults';
import { saveProgress } from '../../state/saveProgress';
import type { KataContext } from './kataContext';
import { kataReadme } from './kataReadme';

/**
 * `kata report [--html FILE]`: grades every kata and writes one
 * self-contained HTML page (graders/report), with hints, time, each kata's
 * points over time and the mock interviews from the progress state. Nothing
 * is uploaded; open the file in any browser.
 */
export async function kataReport(argv: readonly string[], ctx: KataContext): Promise<number> {
  const { values } = parseArgs({ args: [...argv], options: { html: { type: 'string' }, seed: { type: 'string' } } });
  const file = path.resolve(values.html ?? path.join(ctx.stateDir, 'report.html'));
  const results = await gradeKatas({
    target: ctx.target,
    katas: catalog,
    seed: values.seed ? Number(values.seed) : DEFAULT_SEED,
  });
  const progress = recordResults(loadProgress(ctx.progressFile) ?? emptyProgress(), results, ctx.target, ctx.now());
  saveProgress(ctx.progressFile, progress);
  const written = writeReport(file, results, {
    progress: progress.katas,
    interviews: progress.interviews,
    readmes: Object.fromEntries(catalog.map((k) => [k.slug, kataReadme(k)])),
    generatedAt: new Date(ctx.now()),
  });
  ctx.out(`report written: ${displayPath(written)} (${results.points}/${results.maxPoints} points)`);
  ctx.out(ctx.paint.dim(`open it in a browser: file://${written}`));
  return 0;
}
