import type { KataStatus } from '../results/results';

/** The status a learner reads, in every front end: not started, failing x of y points, passed, or error. */
export function kataStatusText(k: {
  readonly status: KataStatus;
  readonly points: number;
  readonly maxPoints: number;
}): string {
  switch (k.status) {
    case 'not-started':
      return 'not started';
    case 'passed':
      return 'passed';
    case 'failing':
      return `failing ${k.points} of ${k.maxPoints} points`;
    case 'error':
      return 'error';
  }
}
