import type { KataResult, PropertyResult, RunResults } from '../results/results';
import { learnerLine } from './annotations';
import { t } from './language';
import { runStatus, type TestStatus, testOutcome } from './testOutcome';

/**
 * GitHub Classroom's autograding-grading-reporter reads one base64 JSON per
 * runner (`<RUNNER>_RESULTS`). Its Classroom total sums the tests' `score`s
 * against `max_score` (notify-classroom.js); only its console table counts
 * passed tests. So one runner, one test per property, each scored with the
 * property's points, keeps gradkata's points exact in Classroom.
 */
export interface ClassroomResult {
  readonly version: 1;
  readonly status: TestStatus;
  readonly max_score: number;
  readonly tests: readonly ClassroomTest[];
}

/**
 * What the reporter reads of a test, and no more: every byte counts against
 * the budget below (a file name or a time per test would leave the messages
 * of a whole curriculum failing no room at all).
 */
export interface ClassroomTest {
  readonly name: string;
  readonly status: TestStatus;
  readonly score: number;
  readonly message: string;
  /** The learner's line, or 0 for none: the reporter prints "- line N" unless it is 0. */
  readonly line_no: number;
}

/**
 * The most the base64 result may take. It reaches the reporter as one
 * environment variable, and Linux refuses to start a process with any one
 * environment string over 128 KiB, its name included (MAX_ARG_STRLEN: E2BIG,
 * and the reporter never runs); this leaves 2 KiB of that to spare.
 */
export const CLASSROOM_BUDGET_BYTES = 126 * 1024;

/** A message longer than this is shortened even when the budget has room. */
const MESSAGE_LIMIT = 1000;
/** Names are cut no shorter than this: "13 attention: dQ, d…" still says which kata and roughly which property. */
const MIN_NAME = 24;

export function classroomResult(
  results: RunResults,
  source: (file: string) => string | undefined = () => undefined,
): ClassroomResult {
  const texts = new Map<string, string | undefined>();
  const text = (file: string) => {
    if (!texts.has(file)) texts.set(file, source(file));
    return texts.get(file);
  };
  const full = results.katas.flatMap((k) => k.properties.map((p) => classroomTest(results, k, p, text(k.file))));
  const at = (messageLimit: number, nameLimit = Number.POSITIVE_INFINITY): ClassroomResult => ({
    version: 1,
    status: runStatus(full),
    max_score: results.maxPoints,
    tests: full.map((t) => ({
      ...t,
      name: shorten(t.name, nameLimit, '…'),
      message: shorten(t.message, messageLimit),
    })),
  });
  const fits = (r: ClassroomResult) => base64Length(r) <= CLASSROOM_BUDGET_BYTES;
  if (fits(at(MESSAGE_LIMIT))) return at(MESSAGE_LIMIT);
  // The longest cap on every message that keeps the whole under the budget;
  // past that (hundreds of tests), on every name as well.
  if (fits(at(0))) return at(longest(0, MESSAGE_LIMIT, (c) => fits(at(c))));
  const longestName = Math.max(...full.map((t) => t.name.length));
  return at(
    0,
    longest(MIN_NAME, longestName, (c) => fits(at(0, c))),
  );
}

/** The largest c in [lo, hi] with ok(c), ok being monotone; lo if none. */
function longest(lo: number, hi: number, ok: (c: number) => boolean): number {
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (ok(mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The reporter's input, base64: the step output `result` it reads as `<RUNNER>_RESULTS`. */
export function classroomOutput(result: ClassroomResult): string {
  return Buffer.from(JSON.stringify(result), 'utf8').toString('base64');
}

function base64Length(r: ClassroomResult): number {
  return Math.ceil(Buffer.byteLength(JSON.stringify(r), 'utf8') / 3) * 4;
}

function classroomTest(run: RunResults, k: KataResult, p: PropertyResult, text: string | undefined): ClassroomTest {
  const { status, message } = testOutcome(run, k, p);
  const judged = p.status === 'pass' || p.status === 'fail' || p.status === 'not-implemented';
  return {
    name: `${k.number} ${k.slug}: ${p.name}`,
    status,
    score: p.earned,
    message: message ?? '',
    line_no:
      status === 'pass' ? 0 : (learnerLine(k, p, text) ?? (judged ? undefined : learnerLine(k, undefined, text)) ?? 0),
  };
}

/**
 * At most `limit` characters, keeping what a learner needs most: the first
 * lines (what was wrong) and, when it fits, the last (the replay command).
 */
export function shorten(message: string, limit: number, marker = t('comment.truncated')): string {
  if (message.length <= limit) return message;
  const lines = message.split('\n');
  const last = lines[lines.length - 1];
  // The replay line as propertyMessage writes it, in the current language.
  const replayLabel = t('property.replay', { command: '' });
  const replay = lines.length > 1 && last.trim().startsWith(replayLabel.trim()) ? `\n${last}` : '';
  const room = limit - marker.length - replay.length;
  if (replay && room >= 40) return `${cut(message, room)}${marker}${replay}`;
  return limit > marker.length ? `${cut(message, limit - marker.length)}${marker}` : '';
}

/** The first n UTF-16 units, never half of a surrogate pair. */
function cut(s: string, n: number): string {
  const code = s.charCodeAt(n - 1);
  return s.slice(0, code >= 0xd800 && code <= 0xdbff ? n - 1 : n);
}
