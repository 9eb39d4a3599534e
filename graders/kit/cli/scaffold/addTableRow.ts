import fs from 'node:fs';
import type { KataEntry } from '../../../catalog';
import { kataFolder } from '../../paths';
import type { Lang } from '../../results/lang';
import { readmeName } from '../../results/lang';

const TRACKS: Record<Lang, readonly string[]> = {
  en: ['warm-up', 'theory', 'architectures', 'engineering practice', 'system design'],
  'zh-CN': ['热身', '理论', '架构', '工程实践', '系统设计'],
};
const TODO: Record<Lang, string> = { en: 'TODO: what the learner writes', 'zh-CN': '待补充：学习者要写的函数' };

/**
 * Adds a new kata's row to the kata table of a top-level README (README.md,
 * README.zh-CN.md), in number order, linked to the kata's README in that
 * language. The last column is left for the maintainer to write. Unchanged
 * when the row is there already.
 */
export function addTableRow(file: string, kata: KataEntry, lang: Lang): boolean {
  const text = fs.readFileSync(file, 'utf8');
  const lines = text.split('\n');
  const rows = lines.flatMap((l, i) => {
    const m = /^\| (\d\d) \| \[/.exec(l);
    return m ? [{ i, number: m[1] }] : [];
  });
  if (rows.length === 0) throw new Error(`${file} has no kata table`);
  if (rows.some((r) => r.number === kata.number)) return false;
  const link = `[${kata.slug}](katas/${kataFolder(kata)}/${readmeName(lang)})`;
  const row = `| ${kata.number} | ${link} | ${kata.track} · ${TRACKS[lang][kata.track]} | ${TODO[lang]} |`;
  const after = [...rows].reverse().find((r) => r.number < kata.number) ?? { i: rows[0].i - 1 };
  lines.splice(after.i + 1, 0, row);
  fs.writeFileSync(file, lines.join('\n'));
  return true;
}
