import type { PrResults } from '../results/prResults';
import type { KataResult, KataStatus, RunResults } from '../results/results';
import { codeBlock, escapeMarkdown } from './escapeMarkdown';
import { kataWord, observedText, t } from './language';
import { kataMessage, propertyMessage } from './propertyMessage';

/** The hidden first line that lets the comment workflow find its own comment and update it. */
export const COMMENT_MARKER = '<!-- gradkata:pr-grade -->';

const icon: Record<KataStatus, string> = { passed: '✅', failing: '❌', 'not-started': '⬜', error: '⛔' };

/**
 * The PR comment and the job summary: score per kata, then each failing
 * property with its message, in the current language (the class's: KATA_LANG,
 * a repository variable the workflows pass on). Numbers, commits, slugs and
 * code stay as they are.
 */
export function markdownComment(pr: PrResults): string {
  const out = [COMMENT_MARKER];
  const r = pr.results;
  if (!r) {
    out.push(`## ${t('comment.could-not-grade')}`, '', codeBlock(pr.error ?? t('comment.no-results')));
    return out.concat(flagged(pr)).join('\n');
  }
  out.push(`## ${t('comment.heading', { points: r.points, max: r.maxPoints })}`, '');
  out.push(
    t('comment.graded-with', {
      head: pr.head.slice(0, 7),
      graders: pr.base.slice(0, 7),
      seed: r.seed,
      backend: escapeMarkdown(r.backend),
    }),
    '',
  );
  out.push(
    `| ${t('comment.column-kata')} | ${t('comment.column-status')} | ${t('comment.column-points')} |`,
    '|---|---|---:|',
  );
  for (const k of r.katas)
    out.push(
      `| ${k.number} ${escapeMarkdown(k.slug)} | ${icon[k.status]} ${t(`status.${k.status}`)} | ${k.points}/${k.maxPoints} |`,
    );
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
    out.push(`- ❌ **${escapeMarkdown(kataWord(k.slug, `property.${p.id}`, p.name))}** (${p.earned}/${p.points})`);
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
      `> ${t('comment.protected', { count: prot.length, graders: pr.base.slice(0, 7) })}`,
      '>',
    );
    for (const c of prot.slice(0, 50))
      out.push(
        `> - ${escapeMarkdown(c.path, 200)}: ${escapeMarkdown(observedText({ summary: c.reason, message: c.why }))}`,
      );
  }
  if (other.length > 0) out.push('', t('comment.other-files', { count: other.length }));
  return out;
}
