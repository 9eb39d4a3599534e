import fs from 'node:fs';
import path from 'node:path';
import type { KataEntry } from '../../../catalog';
import { kataFolder, katasDir } from '../../paths';
import { language } from '../../reporters/language';
import { type Lang, readmeName } from '../../results/lang';
import { type KataReadme, kataReadme } from './kataReadme';

/**
 * The kata's README in the learner's language, and its file name to point
 * them at (README.zh-CN.md); the English one where that language has none,
 * so that a kata added without its translation still has a question.
 */
export function currentReadme(
  kata: KataEntry,
  dir = katasDir,
): { readonly readme: KataReadme; readonly name: string; readonly lang: Lang } {
  const wanted = language();
  const lang = fs.existsSync(path.join(dir, kataFolder(kata), readmeName(wanted))) ? wanted : 'en';
  return { readme: kataReadme(kata, dir, lang), name: readmeName(lang), lang };
}
