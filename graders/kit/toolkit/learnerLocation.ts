import { displayPath } from '../paths';

// The folder being graded, set once per worker, so a learner's stack frame
// can be told apart from the grader's.
let targetDir: string | undefined;

export function setLearnerTarget(dir: string): void {
  targetDir = dir;
}

/** `katas/00-matmul/matmul.ts:12:7` for the learner frame that threw, if any. */
export function learnerLocation(err: unknown): string | undefined {
  if (!targetDir || !(err instanceof Error) || !err.stack) return undefined;
  for (const line of err.stack.split('\n')) {
    const m = /\(?((?:file:\/\/)?\/[^()]+?):(\d+):(\d+)\)?$/.exec(line.trim());
    if (!m) continue;
    const file = m[1].replace(/^file:\/\//, '');
    if (file.startsWith(targetDir)) return `${displayPath(file)}:${m[2]}:${m[3]}`;
  }
  return undefined;
}
