import type { Message } from './message';
import type { RunResults } from './results';

/**
 * What grading a pull request produces, and all the comment workflow gets:
 * the results object of the grading run plus what the PR changed that
 * grading did not use. It crosses from the untrusted job to the trusted one
 * as an artifact, so validatePrResults.ts checks every field on arrival.
 */
export interface PrResults {
  readonly schema: typeof PR_RESULTS_SCHEMA;
  readonly base: string;
  readonly head: string;
  /** The pull request's number, when graded on GitHub. */
  readonly pullRequest?: number;
  /** Files taken from the PR head: the learner's katas. */
  readonly graded: readonly string[];
  /** Files the PR changed that grading did not use; `protected` ones are flagged in the comment. */
  readonly ignored: readonly IgnoredChange[];
  /** Set when grading did not produce results at all (the job itself failed). */
  readonly error?: string;
  readonly results?: RunResults;
}

export interface IgnoredChange {
  readonly path: string;
  /** Why it was not used, in English; `why` is the same sentence as data (absent from older results). */
  readonly reason: string;
  readonly why?: Message;
  readonly protected: boolean;
}

export const PR_RESULTS_SCHEMA = 'gradkata-pr/1';
