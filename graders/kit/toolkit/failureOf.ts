import { GradingFailure } from './gradingFailure';

/** The GradingFailure a check throws (for tests of checks); anything else is rethrown. */
export function failureOf(check: () => unknown): GradingFailure {
  try {
    check();
  } catch (err) {
    if (err instanceof GradingFailure) return err;
    throw err;
  }
  throw new Error('expected a GradingFailure, but the check passed');
}
