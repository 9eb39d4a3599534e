import crypto from 'node:crypto';
import { KATA_STATUSES, type KataStatus } from '../results/results';
import { t } from './words';

/** One kata of one student, as much as a class report needs. */
export interface ClassKata {
  readonly slug: string;
  readonly number: string;
  readonly title: string;
  readonly status: KataStatus;
  readonly points: number;
  readonly maxPoints: number;
  /** The misconception ids its failures named (confirmed in the student's own code), sorted, each once. */
  readonly misconceptions: readonly string[];
  /** Their learner-facing texts, by id, as the grading carried them. */
  readonly texts: Readonly<Record<string, string>>;
}

/** One graded submission read from a file. */
export interface ClassSubmission {
  readonly katas: readonly ClassKata[];
  /** The commit an artifact.json says was graded (`head`); a results.json names none. */
  readonly commit?: string;
  /**
   * The grading run itself: seed, target, backend and every kata's and
   * property's result with its duration (two gradings never share their
   * timings). A results.json and the artifact.json of one run share it.
   */
  readonly run: string;
}

export type ParsedClassFile =
  | { readonly ok: true; readonly submission: ClassSubmission }
  | { readonly ok: false; readonly reason: string };

const LIMITS = { katas: 500, properties: 1000, text: 20_000, title: 200 } as const;
const SLUG = /^[a-z0-9-]{1,64}$/;
const NUMBER = /^\d{2}$/;
const MISCONCEPTION_ID = /^[a-z0-9-]{1,64}\.[a-z0-9-]{1,100}$/;
const COMMIT = /^[0-9a-f]{40}$/;

class NotResults extends Error {}

/**
 * Reads what one file holds, whichever of the files grading writes it is:
 * `npm test`'s .kata/results.json (Exercism's version 3 plus `katas`),
 * grade:pr's results.json and the PR workflow's artifact.json
 * (`gradkata-pr/1`), or `npm test -- --results`' raw results. Anything else,
 * or a file whose fields are not what grading writes, is a reason to skip it,
 * never an exception: a class's downloads hold all sorts.
 */
export function parseClassFile(bytes: Buffer): ParsedClassFile {
  try {
    return { ok: true, submission: submission(bytes) };
  } catch (err) {
    if (err instanceof NotResults) return { ok: false, reason: err.message };
    throw err;
  }
}

function submission(bytes: Buffer): ClassSubmission {
  if (bytes.length === 0) throw new NotResults(t('parse.empty'));
  if (bytes.subarray(0, 4).equals(Buffer.from('PK\x03\x04', 'latin1'))) throw new NotResults(t('parse.zip'));
  let raw: unknown;
  try {
    raw = JSON.parse(bytes.toString('utf8'));
  } catch (err) {
    throw new NotResults(t('parse.not-json', { error: clip((err as Error).message.replace(/\s+/g, ' ')) }));
  }
  if (!isRecord(raw)) throw new NotResults(t('parse.not-object', { kind: kindOf(raw) }));
  if ('schema' in raw) {
    if (raw.schema !== 'gradkata-pr/1')
      throw new NotResults(t('parse.other-schema', { schema: clip(String(raw.schema)) }));
    if (raw.results === undefined)
      throw new NotResults(
        typeof raw.error === 'string' ? t('parse.grading-error', { error: clip(raw.error) }) : t('parse.no-results'),
      );
    if (!isRecord(raw.results)) throw new NotResults(t('parse.results-not-object'));
    const commit = typeof raw.head === 'string' && COMMIT.test(raw.head) ? raw.head : undefined;
    return { ...run(raw.results, 'results.'), ...(commit ? { commit } : {}) };
  }
  if ('katas' in raw) return run(raw, '');
  if ('max_score' in raw && Array.isArray(raw.tests)) throw new NotResults(t('parse.classroom'));
  throw new NotResults(t('parse.no-katas'));
}

function run(o: Record<string, unknown>, at: string): ClassSubmission {
  if (!Array.isArray(o.katas)) throw new NotResults(t('parse.not-list', { at: `${at}katas` }));
  if (o.katas.length === 0) throw new NotResults(t('parse.empty-list', { at: `${at}katas` }));
  if (o.katas.length > LIMITS.katas) throw new NotResults(t('parse.too-many', { at: `${at}katas`, max: LIMITS.katas }));
  const seen = new Set<string>();
  const timings: unknown[] = [];
  const katas = o.katas.map((k, i) => {
    const kata = classKata(k, `${at}katas[${i}]`, timings);
    if (seen.has(kata.slug)) throw new NotResults(t('parse.twice', { at: `${at}katas`, slug: kata.slug }));
    seen.add(kata.slug);
    return kata;
  });
  const fingerprint = JSON.stringify([o.target, o.seed, o.backend, katas, timings]);
  return { katas, run: crypto.createHash('sha256').update(fingerprint).digest('hex') };
}

function classKata(v: unknown, at: string, timings: unknown[]): ClassKata {
  if (!isRecord(v)) throw new NotResults(t('parse.not-an-object', { at }));
  const slug = matching(v.slug, `${at}.slug`, SLUG);
  const status = v.status;
  if (!(KATA_STATUSES as readonly unknown[]).includes(status))
    throw new NotResults(
      t('parse.status', {
        at: `${at}.status`,
        value: clip(JSON.stringify(status)),
        statuses: KATA_STATUSES.join(', '),
      }),
    );
  const maxPoints = count(v.maxPoints, `${at}.maxPoints`, Infinity);
  const points = count(v.points, `${at}.points`, maxPoints);
  const properties = v.properties ?? [];
  if (!Array.isArray(properties) || properties.length > LIMITS.properties)
    throw new NotResults(t('parse.properties', { at: `${at}.properties`, max: LIMITS.properties }));
  const ids = new Set<string>();
  properties.forEach((p, j) => {
    if (!isRecord(p)) throw new NotResults(t('parse.not-an-object', { at: `${at}.properties[${j}]` }));
    timings.push(p.id, p.status, p.earned, p.durationMs);
    const named = isRecord(p.failure) && isRecord(p.failure.detail) ? p.failure.detail.misconceptions : undefined;
    if (named === undefined) return;
    if (!Array.isArray(named))
      throw new NotResults(t('parse.not-list', { at: `${at}.properties[${j}].failure.detail.misconceptions` }));
    named.forEach((id, n) => {
      ids.add(matching(id, `${at}.properties[${j}].failure.detail.misconceptions[${n}]`, MISCONCEPTION_ID));
    });
  });
  timings.push(v.durationMs);
  const texts: Record<string, string> = {};
  if (v.misconceptions !== undefined) {
    if (!isRecord(v.misconceptions)) throw new NotResults(t('parse.not-an-object', { at: `${at}.misconceptions` }));
    for (const [id, text] of Object.entries(v.misconceptions)) {
      matching(id, t('parse.key', { at: `${at}.misconceptions` }), MISCONCEPTION_ID);
      if (typeof text !== 'string' || text.length > LIMITS.text)
        throw new NotResults(t('parse.text', { at: `${at}.misconceptions["${id}"]`, max: LIMITS.text }));
      texts[id] = text;
      ids.add(id);
    }
  }
  return {
    slug,
    number: typeof v.number === 'string' && NUMBER.test(v.number) ? v.number : '',
    title: typeof v.title === 'string' ? v.title.slice(0, LIMITS.title) : slug,
    status: status as KataStatus,
    points,
    maxPoints,
    misconceptions: [...ids].sort(),
    texts,
  };
}

function matching(v: unknown, at: string, pattern: RegExp): string {
  if (typeof v !== 'string' || !pattern.test(v))
    throw new NotResults(t('parse.never-written', { at, value: shown(v) }));
  return v;
}

function count(v: unknown, at: string, max: number): number {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > max)
    throw new NotResults(
      Number.isFinite(max)
        ? t('parse.not-count-to', { at, value: shown(v), max })
        : t('parse.not-count', { at, value: shown(v) }),
    );
  return v;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const kindOf = (v: unknown): string =>
  Array.isArray(v)
    ? t('parse.kind-list')
    : v === null
      ? t('parse.kind-null')
      : t('parse.kind-other', { type: typeof v });
const shown = (v: unknown): string => clip(JSON.stringify(v) ?? t('parse.missing'));
const clip = (s: string): string => (s.length > 120 ? `${s.slice(0, 119)}…` : s);
