import type { KataResult, PropertyResult, RunResults } from '../results/results';
import { kataMessage, propertyMessage } from './propertyMessage';

/** A GitHub annotation at the learner's file and line (`core.error(message, { file, startLine, title })`). */
export interface Annotation {
  readonly file: string;
  readonly line: number;
  readonly title: string;
  readonly message: string;
}

/** At most this many per run: GitHub shows 10 per step and 50 per job. */
export const MAX_ANNOTATIONS = 10;

/**
 * One annotation per failing property, at the line its failure names (a
 * throw in the learner's file) or else at the function that gave the wrong
 * value; `source` reads a learner file as graded.
 */
export function annotations(results: RunResults, source: (file: string) => string | undefined): Annotation[] {
  const out: Annotation[] = [];
  for (const k of results.katas) {
    if (k.status !== 'failing' && k.status !== 'error') continue;
    const text = source(k.file);
    const failed = k.properties.filter((p) => p.status === 'fail' || p.status === 'timeout' || p.status === 'error');
    const problem = kataMessage(k);
    if (problem && failed.every((p) => p.status !== 'fail')) {
      out.push({
        file: k.file,
        line: learnerLine(k, undefined, text) ?? 1,
        title: `${k.slug}: not graded`,
        message: problem,
      });
      continue;
    }
    for (const p of failed) {
      out.push({
        file: k.file,
        line: learnerLine(k, p, text) ?? 1,
        title: `${k.slug}: ${p.name}`,
        message: propertyMessage(results, k, p) ?? p.failure?.detail.summary ?? p.status,
      });
    }
  }
  return out.slice(0, MAX_ANNOTATIONS);
}

/**
 * The learner's line a result points at, if it points at one: for a property,
 * where its failure was thrown or else the function that gave the wrong
 * value (found in `text`, the learner's file as graded); for the kata as a
 * whole (no property), where its problem (a syntax error, a time-out) was.
 */
export function learnerLine(
  k: KataResult,
  p: PropertyResult | undefined,
  text: string | undefined,
): number | undefined {
  if (!p) {
    const problem = kataMessage(k);
    return problem ? lineIn(problem, k.file) : undefined;
  }
  const d = p.failure?.detail;
  return (
    (d?.location ? lineIn(d.location, k.file) : undefined) ?? (d?.fn && text ? functionLine(text, d.fn) : undefined)
  );
}

/** `katas/00-matmul/matmul.ts:12:5` in a message → 12. */
function lineIn(text: string, file: string): number | undefined {
  const at = text.indexOf(`${file}:`);
  if (at < 0) return undefined;
  const m = /^(\d+)/.exec(text.slice(at + file.length + 1));
  return m ? Number(m[1]) : undefined;
}

function functionLine(text: string, fn: string): number | undefined {
  const name = fn.replace(/[^\w$]/g, '');
  const i = text
    .split('\n')
    .findIndex((l) => new RegExp(`\\bfunction\\s+${name}\\b|\\b(const|let)\\s+${name}\\s*=`).test(l));
  return i >= 0 ? i + 1 : undefined;
}
