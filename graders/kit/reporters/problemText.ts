import type { KataProblem, KataResult } from '../results/results';

/** The name of the property in flight, for a reader: its name when the kata result has it, else its id. */
function during(problem: KataProblem, kata?: KataResult): string {
  if (!problem.property) return '';
  const name = kata?.properties.find((p) => p.id === problem.property)?.name ?? problem.property;
  return ` while checking "${name}"`;
}

/** Where the learner's code was when it was stopped, if the engine could tell. */
function where(problem: KataProblem): string {
  const at = problem.stoppedAt;
  if (!at) return '';
  return `, in ${at.functionName ? `${at.functionName} ` : ''}at ${at.location}`;
}

/** Why a kata could not be graded, in words: the one reader of KataProblem. */
export function problemText(problem: KataProblem, kata?: KataResult): string {
  const detail = problem.detail ?? '';
  switch (problem.kind) {
    case 'missing-file':
      return `there is no ${detail} (restore the stub with git, or check KATA_TARGET)`;
    case 'syntax':
    case 'imports':
      return detail;
    case 'load':
      return `the kata file threw while loading at ${detail}`;
    case 'timeout':
      return `stopped after ${(problem.limitMs ?? 0) / 1000} s${during(problem, kata)}${where(problem)}: an infinite loop, or code far slower than it needs to be?`;
    case 'rule':
      return `rule ${problem.rule} broken${during(problem, kata)}: the kata ${detail}. It scores 0.`;
    case 'memory':
      return `the kata ran out of memory (the limit is ${detail})${during(problem, kata)}`;
    case 'crash':
      return `the kata crashed: ${detail}${during(problem, kata)}`;
    case 'exit':
      return `the kata's code ended its grading thread (exit code ${detail})${during(problem, kata)}: does it call process.exit()?`;
    case 'grader':
      return `the grader for ${kata?.slug ?? 'this kata'} could not be built (a gradkata bug, not yours): ${detail}`;
  }
}
