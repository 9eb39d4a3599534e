import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { catalog, type KataEntry } from '../../../catalog';
import { gradeKatas } from '../../engine/gradeKatas';
import { DEFAULT_SEED } from '../../engine/propertySeed';
import { displayPath, kataFolder, katasDir } from '../../paths';
import { t } from '../../report/words';
import { writeReport } from '../../report/writeReport';
import { language } from '../../reporters/language';
import { type Lang, readmeName } from '../../results/lang';
import { loadProgress } from '../../state/loadProgress';
import { emptyProgress } from '../../state/progress';
import { recordResults } from '../../state/recordResults';
import { saveProgress } from '../../state/saveProgress';
import type { KataContext } from './kataContext';
import { type KataReadme, kataReadme } from './kataReadme';

/**
 * `kata report [--html FILE]`: grades every kata and writes one
 * self-contained HTML page (graders/report), with hints, time, each kata's
 * points over time and the mock interviews from the progress state, in the
 * current language (`--lang`), each kata's README parts from its README in
 * that language. Nothing is uploaded; open the file in any browser.
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
    readmes: Object.fromEntries(catalog.map((k) => [k.slug, reportReadme(k, language())])),
    generatedAt: new Date(ctx.now()),
  });
  ctx.out(t('cli.written', { file: displayPath(written), points: results.points, max: results.maxPoints }));
  ctx.out(ctx.paint.dim(t('cli.open', { url: `file://${written}` })));
  return 0;
}

/** A kata's README in `lang`, else its English one (a kata not translated yet). */
export function reportReadme(kata: KataEntry, lang: Lang, dir = katasDir): KataReadme {
  const translated = fs.existsSync(path.join(dir, kataFolder(kata), readmeName(lang)));
  return kataReadme(kata, dir, translated ? lang : 'en');
}
