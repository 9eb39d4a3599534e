import { fail, GradingFailure } from './gradingFailure';

/**
 * Runs a check; if it fails without naming a misconception, names this one
 * (and prefixes `context` to the summary when given). A property that only
 * ever fails for one reason says so once, here, instead of in every check.
 */
export function withMisconception<T>(misconception: string, check: () => T, context?: string): T {
  try {
    return check();
  } catch (err) {
    if (!(err instanceof GradingFailure)) throw err;
    fail({
      ...err.detail,
      summary: context ? `${context}: ${err.detail.summary}` : err.detail.summary,
      misconception: err.detail.misconception ?? misconception,
    });
  }
}
