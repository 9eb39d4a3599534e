import fs from 'node:fs';
import { emptyProgress, type KataProgress, type Progress } from './progress';

/**
 * The saved progress, or undefined when there is none or it cannot be
 * trusted (not JSON, another version, a field of the wrong type): the caller
 * rebuilds it by grading. A learner who edits or truncates the file loses
 * hints and time recorded, never the ability to run `kata`.
 */
export function loadProgress(file: string): Progress | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
  if (!isObject(raw) || raw.version !== 1 || !isObject(raw.katas) || !Array.isArray(raw.interviews)) return undefined;
  for (const k of Object.values(raw.katas)) if (!validKata(k)) return undefined;
  return {
    ...emptyProgress(),
    katas: raw.katas as Record<string, KataProgress>,
    interviews: raw.interviews as Progress['interviews'],
  };
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function validKata(k: unknown): boolean {
  if (!isObject(k)) return false;
  const numbers = ['points', 'maxPoints', 'lastGradedAt', 'hintsUsed', 'timeSpentMs'];
  return numbers.every((n) => Number.isFinite(k[n])) && typeof k.status === 'string' && typeof k.fileHash === 'string';
}
