import type { PrResults } from '../results/prResults';
import type { KataResult, KataStatus, RunResults } from '../results/results';
import { codeBlock, escapeMarkdown } from './escapeMarkdown';
import { kataMessage, propertyMessage } from './propertyMessage';

/** The hidden first line that lets the comment workflow find its own comment and update it. */
export const COMMENT_MARKER = '<!-- gradkata:pr-grade -->';

const icon: Record<KataStatus, string> = {
  passed: '✅ passed',
  failing: '❌ failing',
  'not-started': '⬜ not started',
  error: '⛔ error',
};

/** The PR comment and the job summary: score per kata, then each failing property with its message. */
export function markdownComment(pr: PrResults): string {
  const out = [COMMENT_MARKER];
  const r = pr.results;
  if (!r) {
    out.push('## gradkata could not grade this pull request', '', codeBlock(pr.error ?? 'no results'));
    return out.concat(flagged(pr)).join('\n');
  }
  out.push(`## gradkata: ${r.points} / ${r.maxPoints} points`, '');
  out.push(
    `Graded \`${pr.head.slice(0, 7)}\` with the graders of \`${pr.base.slice(0, 7)}\` (seed ${r.seed}, reference ${escapeMarkdown(r.backend)}).`,
    '',
  );
  out.push('| kata | status | points |', '|---|---|---:|');
  for (const k of r.katas)
    out.push(`| ${k.number} ${escapeMarkdown(k.slug)} | ${icon[k.status]} | ${k.points}/${k.maxPoints} |`);
  const problems = r.katas.filter((k) => k.status === 'failing' || k.status === 'error');
  for (const k of problems) out.push('', ...kataDetails(r, k));
  return `${out.concat(flagged(pr)).join('\n')}\n`;
}

function kataDetails(r: RunResults, k: KataResult): string[] {
  const out = [
    `<details><summary><b>${k.number} ${escapeMarkdown(k.slug)}</b>: ${k.points}/${k.maxPoints}</summary>`,
    '',
  ];
  const problem = kataMessage(k);
  if (problem) out.push(codeBlock(problem), '');
  for (const p of k.properties) {
    if (p.status === 'pass' || p.status === 'skipped' || (problem && p.status !== 'fail')) continue;
    out.push(`- ❌ **${escapeMarkdown(p.name)}** (${p.earned}/${p.points})`);
    const message = propertyMessage(r, k, p);
    if (message) out.push('', codeBlock(message), '');
  }
  out.push('</details>');
  return out;
}

function flagged(pr: PrResults): string[] {
  const prot = pr.ignored.filter((c) => c.protected);
  const other = pr.ignored.filter((c) => !c.protected);
  const out: string[] = [];
  if (prot.length > 0) {
    out.push(
      '',
      `> [!WARNING]`,
      `> This pull request changes ${prot.length} file(s) that decide grades. They were **not used**: grading ran with the base commit's version.`,
      '>',
    );
    for (const c of prot.slice(0, 50)) out.push(`> - ${escapeMarkdown(c.path, 200)}: ${escapeMarkdown(c.reason)}`);
  }
  if (other.length > 0)
    out.push('', `${other.length} other changed file(s) are not part of any kata and were not graded.`);
  return out;
}
