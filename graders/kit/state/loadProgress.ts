import fs from 'node:fs';
import { KATA_STATUSES, type KataStatus } from '../results/results';
import { HISTORY_LIMIT } from './gradeHistory';
import { emptyProgress, type GradePoint, type InterviewRecord, type KataProgress, type Progress } from './progress';

/**
 * The saved progress, or undefined when there is none or it cannot be
 * trusted (not JSON, another version, a field of the wrong type): the caller
 * rebuilds it by grading. A learner who edits or truncates the file loses
 * hints and time recorded, never the ability to run `kata`. What only the
 * report shows (a kata's history, an interview) is dropped where it is
 * damaged, rather than the whole file: grading cannot rebuild the rest.
 */
export function loadProgress(file: string): Progress | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
  if (!isObject(raw) || raw.version !== 1 || !isObject(raw.katas) || !Array.isArray(raw.interviews)) return undefined;
  const katas: Record<string, KataProgress> = {};
  for (const [slug, k] of Object.entries(raw.katas)) {
    if (!validKata(k)) return undefined;
    const { history, ...rest } = k as unknown as KataProgress & { history?: unknown };
    const kept = Array.isArray(history) ? history.filter(validGrade).slice(-HISTORY_LIMIT) : undefined;
    katas[slug] = kept ? { ...rest, history: kept } : rest;
  }
  return { ...emptyProgress(), katas, interviews: raw.interviews.filter(validInterview) };
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

const finite = (k: Record<string, unknown>, names: readonly string[]): boolean =>
  names.every((n) => Number.isFinite(k[n]));

function validKata(k: unknown): boolean {
  if (!isObject(k)) return false;
  const numbers = ['points', 'maxPoints', 'lastGradedAt', 'hintsUsed', 'timeSpentMs'];
  return finite(k, numbers) && typeof k.status === 'string' && typeof k.fileHash === 'string';
}

function validGrade(g: unknown): g is GradePoint {
  return isObject(g) && finite(g, ['at', 'points', 'maxPoints']);
}

function validInterview(r: unknown): r is InterviewRecord {
  if (!isObject(r)) return false;
  const numbers = ['startedAt', 'minutes', 'elapsedMs', 'hintsUsed', 'points', 'maxPoints'];
  return typeof r.slug === 'string' && KATA_STATUSES.includes(r.status as KataStatus) && finite(r, numbers);
}
