import type { KataProblem, KataResult } from '../results/results';
import { kataWord, t } from './language';

/** The name of the property in flight, for a reader: its name when the kata result has it, else its id. */
function during(problem: KataProblem, kata?: KataResult): string {
  if (!problem.property) return '';
  const p = kata?.properties.find((x) => x.id === problem.property);
  const name = p && kata ? kataWord(kata.slug, `property.${p.id}`, p.name) : problem.property;
  return t('problem.during', { name });
}

/** Where the learner's code was when it was stopped, if the engine could tell. */
function where(problem: KataProblem): string {
  const at = problem.stoppedAt;
  if (!at) return '';
  return at.functionName
    ? t('problem.where-in', { fn: at.functionName, location: at.location })
    : t('problem.where', { location: at.location });
}

/** Why a kata could not be graded, in words: the one reader of KataProblem. */
export function problemText(problem: KataProblem, kata?: KataResult): string {
  const detail = problem.detail ?? '';
  const d = during(problem, kata);
  switch (problem.kind) {
    case 'missing-file':
      return t('problem.missing-file', { file: detail });
    case 'syntax':
    case 'imports':
      return detail;
    case 'load':
      return t('problem.load', { detail });
    case 'timeout':
      return t('problem.timeout', { seconds: (problem.limitMs ?? 0) / 1000, during: d, where: where(problem) });
    case 'rule':
      return t('problem.rule', { rule: problem.rule ?? '', during: d, detail });
    case 'memory':
      return t('problem.memory', { limit: detail, during: d });
    case 'crash':
      return t('problem.crash', { detail, during: d });
    case 'exit':
      return t('problem.exit', { code: detail, during: d });
    case 'grader':
      return t('problem.grader', { kata: kata?.slug ?? t('problem.this-kata'), detail });
  }
}
