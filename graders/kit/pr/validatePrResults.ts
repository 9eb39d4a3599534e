import { FAILURE_KINDS, type FailureDetail } from '../results/failure';
import type { Message, MessageParam } from '../results/message';
import { type IgnoredChange, PR_RESULTS_SCHEMA, type PrResults } from '../results/prResults';
import {
  KATA_STATUSES,
  type KataProblem,
  type KataResult,
  PROBLEM_KINDS,
  PROPERTY_STATUSES,
  type PropertyResult,
  type RunResults,
} from '../results/results';

/** The artifact is written where a PR's code ran: the trusted comment job believes nothing it did not check. */
export const ARTIFACT_LIMITS = {
  bytes: 2 << 20,
  katas: 200,
  properties: 100,
  ignored: 1000,
  message: 20_000,
  name: 200,
  path: 1024,
  points: 10_000,
} as const;

export class InvalidArtifact extends Error {
  override readonly name = 'InvalidArtifact';
}

/**
 * Parses and checks the results artifact: known keys only, every type, every
 * size, scores that add up. Returns a fresh object built from the checked
 * fields, so nothing unchecked reaches the comment.
 */
export function validatePrResults(text: string): PrResults {
  if (Buffer.byteLength(text, 'utf8') > ARTIFACT_LIMITS.bytes)
    throw new InvalidArtifact(`larger than ${ARTIFACT_LIMITS.bytes} bytes`);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new InvalidArtifact('not JSON');
  }
  const o = record(raw, 'the artifact', [
    'schema',
    'base',
    'head',
    'pullRequest',
    'graded',
    'ignored',
    'error',
    'results',
  ]);
  if (o.schema !== PR_RESULTS_SCHEMA) throw new InvalidArtifact(`schema is not ${PR_RESULTS_SCHEMA}`);
  const pr: PrResults = {
    schema: PR_RESULTS_SCHEMA,
    base: sha(o.base, 'base'),
    head: sha(o.head, 'head'),
    pullRequest: o.pullRequest === undefined ? undefined : integer(o.pullRequest, 'pullRequest', 1, 1e9),
    graded: list(o.graded, 'graded', ARTIFACT_LIMITS.ignored).map((p, i) =>
      str(p, `graded[${i}]`, ARTIFACT_LIMITS.path),
    ),
    ignored: list(o.ignored, 'ignored', ARTIFACT_LIMITS.ignored).map(ignoredChange),
    error: o.error === undefined ? undefined : str(o.error, 'error', ARTIFACT_LIMITS.message),
    results: o.results === undefined ? undefined : runResults(o.results),
  };
  if (!pr.results && pr.error === undefined) throw new InvalidArtifact('neither results nor an error');
  return pr;
}

function runResults(v: unknown): RunResults {
  const o = record(v, 'results', ['target', 'seed', 'backend', 'katas', 'points', 'maxPoints', 'durationMs']);
  const katas = list(o.katas, 'results.katas', ARTIFACT_LIMITS.katas).map((k, i) =>
    kataResult(k, `results.katas[${i}]`),
  );
  const r: RunResults = {
    target: str(o.target, 'results.target', ARTIFACT_LIMITS.path),
    seed: integer(o.seed, 'results.seed', -(2 ** 31), 2 ** 32),
    backend: str(o.backend, 'results.backend', ARTIFACT_LIMITS.name),
    katas,
    points: num(o.points, 'results.points', 0, ARTIFACT_LIMITS.points),
    maxPoints: num(o.maxPoints, 'results.maxPoints', 0, ARTIFACT_LIMITS.points),
    durationMs: num(o.durationMs, 'results.durationMs', 0, 1e9),
  };
  sums(
    r.points,
    katas.map((k) => k.points),
    'results.points',
  );
  sums(
    r.maxPoints,
    katas.map((k) => k.maxPoints),
    'results.maxPoints',
  );
  return r;
}

function kataResult(v: unknown, at: string): KataResult {
  const o = record(v, at, [
    'slug',
    'number',
    'track',
    'title',
    'file',
    'status',
    'points',
    'maxPoints',
    'properties',
    'problem',
    'misconceptions',
    'output',
    'durationMs',
  ]);
  const properties = list(o.properties, `${at}.properties`, ARTIFACT_LIMITS.properties).map((p, i) =>
    propertyResult(p, `${at}.properties[${i}]`),
  );
  const k: KataResult = {
    slug: pattern(o.slug, `${at}.slug`, /^[a-z0-9-]{1,64}$/),
    number: pattern(o.number, `${at}.number`, /^\d{2}$/),
    track: integer(o.track, `${at}.track`, 0, 4) as KataResult['track'],
    title: str(o.title, `${at}.title`, ARTIFACT_LIMITS.name),
    file: str(o.file, `${at}.file`, ARTIFACT_LIMITS.path),
    status: oneOf(o.status, `${at}.status`, KATA_STATUSES),
    points: num(o.points, `${at}.points`, 0, ARTIFACT_LIMITS.points),
    maxPoints: num(o.maxPoints, `${at}.maxPoints`, 0, ARTIFACT_LIMITS.points),
    properties,
    problem: o.problem === undefined ? undefined : kataProblem(o.problem, `${at}.problem`),
    misconceptions: o.misconceptions === undefined ? undefined : texts(o.misconceptions, `${at}.misconceptions`),
    // What the learner's code printed stays out of the comment.
    durationMs: num(o.durationMs, `${at}.durationMs`, 0, 1e9),
  };
  sums(
    k.points,
    properties.map((p) => p.earned),
    `${at}.points`,
  );
  sums(
    k.maxPoints,
    properties.map((p) => p.points),
    `${at}.maxPoints`,
  );
  return k;
}

function propertyResult(v: unknown, at: string): PropertyResult {
  const o = record(v, at, ['id', 'name', 'points', 'earned', 'status', 'failure', 'durationMs']);
  const points = num(o.points, `${at}.points`, 0, ARTIFACT_LIMITS.points);
  const status = oneOf(o.status, `${at}.status`, PROPERTY_STATUSES);
  const earned = num(o.earned, `${at}.earned`, 0, points);
  if (earned > 0 && status !== 'pass') throw new InvalidArtifact(`${at} earned points without passing`);
  return {
    id: pattern(o.id, `${at}.id`, /^[\w.-]{1,100}$/),
    name: str(o.name, `${at}.name`, ARTIFACT_LIMITS.name),
    points,
    earned,
    status,
    failure: o.failure === undefined ? undefined : failure(o.failure, `${at}.failure`),
    durationMs: num(o.durationMs, `${at}.durationMs`, 0, 1e9),
  };
}

function kataProblem(v: unknown, at: string): KataProblem {
  const o = record(v, at, ['kind', 'property', 'limitMs', 'rule', 'detail']);
  return {
    kind: oneOf(o.kind, `${at}.kind`, PROBLEM_KINDS),
    property: optional(o.property, (x) => pattern(x, `${at}.property`, /^[\w.-]{1,100}$/)),
    limitMs: optional(o.limitMs, (x) => num(x, `${at}.limitMs`, 0, 1e7)),
    rule: optional(o.rule, (x) => str(x, `${at}.rule`, ARTIFACT_LIMITS.name)),
    detail: optional(o.detail, (x) => str(x, `${at}.detail`, ARTIFACT_LIMITS.message)),
  };
}

/** Misconception texts by id. */
function texts(v: unknown, at: string): Record<string, string> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new InvalidArtifact(`${at} is not an object`);
  const entries = Object.entries(v);
  if (entries.length > ARTIFACT_LIMITS.properties) throw new InvalidArtifact(`${at} has too many entries`);
  return Object.fromEntries(
    entries.map(([id, text]) => [
      pattern(id, `${at} key`, MISCONCEPTION_ID),
      str(text, `${at}.${id}`, ARTIFACT_LIMITS.message),
    ]),
  );
}

const MISCONCEPTION_ID = /^[a-z0-9-]{1,64}\.[a-z0-9-]{1,100}$/;

/**
 * What a failure observed, field by field; its tensors and curves (pictures
 * for the learner's own report) are left behind, so the comment renders from
 * checked numbers and strings only.
 */
function failure(v: unknown, at: string): NonNullable<PropertyResult['failure']> {
  const o = record(v, at, ['detail', 'counterexample', 'seed', 'path', 'runs', 'shrinks']);
  return {
    detail: failureDetail(o.detail, `${at}.detail`),
    counterexample: optional(o.counterexample, (x) => str(x, `${at}.counterexample`, ARTIFACT_LIMITS.message)),
    seed: integer(o.seed, `${at}.seed`, -(2 ** 31), 2 ** 32),
    path: optional(o.path, (x) => pattern(x, `${at}.path`, /^[\d:]{0,2000}$/)),
    runs: optional(o.runs, (x) => integer(x, `${at}.runs`, 0, 1e7)),
    shrinks: optional(o.shrinks, (x) => integer(x, `${at}.shrinks`, 0, 1e7)),
  };
}

function failureDetail(v: unknown, at: string): FailureDetail {
  const keys = ['kind', 'summary', 'fn', 'argument', 'index', 'got', 'expected', 'relError', 'allowed', 'rule'];
  const o = record(v, at, [...keys, 'message', 'outputs', 'misconceptions', 'location', 'tensors', 'curves']);
  // JSON has no NaN or ±Infinity: a non-finite number arrives as null.
  const number = (x: unknown, name: string): number | undefined =>
    x === null ? Number.NaN : optional(x, (y) => num(y, `${at}.${name}`, -Number.MAX_VALUE, Number.MAX_VALUE));
  return {
    kind: oneOf(o.kind, `${at}.kind`, FAILURE_KINDS),
    summary: str(o.summary, `${at}.summary`, ARTIFACT_LIMITS.message),
    message: optional(o.message, (x) => message(x, `${at}.message`, MESSAGE_DEPTH)),
    fn: optional(o.fn, (x) => str(x, `${at}.fn`, ARTIFACT_LIMITS.name)),
    argument: optional(o.argument, (x) => str(x, `${at}.argument`, ARTIFACT_LIMITS.name)),
    index: optional(o.index, (x) => list(x, `${at}.index`, 8).map((i, j) => integer(i, `${at}.index[${j}]`, 0, 1e9))),
    got: number(o.got, 'got'),
    expected: number(o.expected, 'expected'),
    relError: number(o.relError, 'relError'),
    allowed: number(o.allowed, 'allowed'),
    rule: optional(o.rule, (x) => str(x, `${at}.rule`, ARTIFACT_LIMITS.name)),
    outputs: optional(o.outputs, (x) =>
      list(x, `${at}.outputs`, 32).map((e, i) => {
        const r = record(e, `${at}.outputs[${i}]`, ['name', 'ok']);
        if (typeof r.ok !== 'boolean') throw new InvalidArtifact(`${at}.outputs[${i}].ok is not a boolean`);
        return { name: str(r.name, `${at}.outputs[${i}].name`, ARTIFACT_LIMITS.name), ok: r.ok };
      }),
    ),
    misconceptions: optional(o.misconceptions, (x) =>
      list(x, `${at}.misconceptions`, 16).map((id, i) => pattern(id, `${at}.misconceptions[${i}]`, MISCONCEPTION_ID)),
    ),
    location: optional(o.location, (x) => str(x, `${at}.location`, ARTIFACT_LIMITS.path)),
  };
}

/** How deep a message may nest others ("with the batch repeated twice, {{inner}}"): the kit's go two deep. */
const MESSAGE_DEPTH = 4;
const MESSAGE_KEY = /^[\w.:-]{1,120}$/;

/**
 * A sentence as data, checked as everything else is: a key of the kit's or a
 * kata's own words (a key that names none renders as itself, inside a code
 * block), parameters that are short strings, finite numbers or messages, to
 * a bounded depth.
 */
function message(v: unknown, at: string, depth: number): Message {
  const o = record(v, at, ['key', 'params']);
  const key = pattern(o.key, `${at}.key`, MESSAGE_KEY);
  if (o.params === undefined) return { key };
  if (typeof o.params !== 'object' || o.params === null || Array.isArray(o.params))
    throw new InvalidArtifact(`${at}.params is not an object`);
  const entries = Object.entries(o.params);
  if (entries.length > 32) throw new InvalidArtifact(`${at}.params has too many entries`);
  const params: Record<string, MessageParam> = {};
  for (const [name, value] of entries) {
    const where = `${at}.params.${pattern(name, `${at}.params key`, /^\w{1,40}$/)}`;
    if (typeof value === 'number') params[name] = num(value, where, -Number.MAX_VALUE, Number.MAX_VALUE);
    else if (typeof value === 'string') params[name] = str(value, where, ARTIFACT_LIMITS.message);
    else if (depth > 1) params[name] = message(value, where, depth - 1);
    else throw new InvalidArtifact(`${where} nests messages deeper than ${MESSAGE_DEPTH}`);
  }
  return { key, params };
}

function optional<T>(v: unknown, check: (v: unknown) => T): T | undefined {
  return v === undefined ? undefined : check(v);
}

function ignoredChange(v: unknown, i: number): IgnoredChange {
  const o = record(v, `ignored[${i}]`, ['path', 'reason', 'why', 'protected']);
  if (typeof o.protected !== 'boolean') throw new InvalidArtifact(`ignored[${i}].protected is not a boolean`);
  return {
    path: str(o.path, `ignored[${i}].path`, ARTIFACT_LIMITS.path),
    reason: str(o.reason, `ignored[${i}].reason`, ARTIFACT_LIMITS.name),
    why: optional(o.why, (x) => message(x, `ignored[${i}].why`, MESSAGE_DEPTH)),
    protected: o.protected,
  };
}

function record(v: unknown, at: string, keys: readonly string[]): Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new InvalidArtifact(`${at} is not an object`);
  const extra = Object.keys(v).filter((k) => !keys.includes(k));
  if (extra.length) throw new InvalidArtifact(`${at} has unknown field(s) ${extra.slice(0, 3).join(', ')}`);
  return v as Record<string, unknown>;
}

function list(v: unknown, at: string, max: number): unknown[] {
  if (!Array.isArray(v)) throw new InvalidArtifact(`${at} is not a list`);
  if (v.length > max) throw new InvalidArtifact(`${at} has more than ${max} entries`);
  return v;
}

function str(v: unknown, at: string, max: number): string {
  if (typeof v !== 'string') throw new InvalidArtifact(`${at} is not a string`);
  if (v.length > max) throw new InvalidArtifact(`${at} is longer than ${max} characters`);
  return v;
}

function pattern(v: unknown, at: string, re: RegExp): string {
  const s = str(v, at, 200);
  if (!re.test(s)) throw new InvalidArtifact(`${at} is not of the form ${re}`);
  return s;
}

function sha(v: unknown, at: string): string {
  return pattern(v, at, /^[0-9a-f]{40}$/);
}

function num(v: unknown, at: string, min: number, max: number): number {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max)
    throw new InvalidArtifact(`${at} is not a number in [${min}, ${max}]`);
  return v;
}

function integer(v: unknown, at: string, min: number, max: number): number {
  const n = num(v, at, min, max);
  if (!Number.isInteger(n)) throw new InvalidArtifact(`${at} is not an integer`);
  return n;
}

function oneOf<T extends string>(v: unknown, at: string, allowed: readonly T[]): T {
  if (!allowed.includes(v as T)) throw new InvalidArtifact(`${at} is not one of ${allowed.join(', ')}`);
  return v as T;
}

function sums(total: number, parts: readonly number[], at: string): void {
  const s = parts.reduce((a, b) => a + b, 0);
  if (Math.abs(s - total) > 1e-9 * Math.max(1, Math.abs(total)))
    throw new InvalidArtifact(`${at} (${total}) is not the sum of its parts (${s})`);
}
