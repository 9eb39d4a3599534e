import { EventEmitter } from 'node:events';
import { PassThrough } from 'node:stream';
import type { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { msg } from '../results/message';
import type { PictureGrid } from '../results/picture';
import type { PropertyResult } from '../results/results';
import { callLearner, type KataModule } from '../toolkit/callLearner';
import type { GradingEnv } from '../toolkit/defineGrader';
import { type Picture, picture } from '../toolkit/definePicture';
import type { WorkerMessage } from './messages';
import { runPicture } from './runPicture';
import { superviseRun } from './superviseRun';

// A picture of the learner's code never takes part in grading: whatever the
// code does, it is drawn or left out with the reason.

const env = {} as GradingEnv;
const title = msg('check.value-is', { got: 'a', expected: 'b' });
const twice = (): Picture<KataModule> =>
  picture({
    id: 'twice',
    title,
    draw: (k) => ({
      x: [1, 2, 3],
      yScale: 'log',
      series: [{ name: title, values: [1, 2, 3].map((v) => callLearner(k, 'f', { v }) as number) }],
    }),
  });

const kataOf = (f: (v: number) => number): KataModule => ({ f });
const draw = (f: (v: number) => number) => runPicture(twice(), kataOf(f), env);

describe('runPicture', () => {
  it("draws the learner's values, with the x labels as text", () => {
    const p = draw((v) => 2 * v);
    expect(p.skipped).toBeUndefined();
    expect(p.drawn).toMatchObject({ x: ['1', '2', '3'], yScale: 'log', series: [{ values: [2, 4, 6] }] });
    expect(p.title.text).not.toBe('');
  });

  it('leaves out a picture whose code throws, with its words', () => {
    const p = draw(() => {
      throw new Error('boom');
    });
    expect(p.drawn).toBeUndefined();
    expect(p.skipped).toEqual({ reason: 'exception', detail: expect.stringContaining('Error: boom') });
  });

  it('leaves out a picture whose code is not written yet', () => {
    const p = draw(() => {
      throw Object.assign(new Error('f is not implemented'), { name: 'NotImplementedError' });
    });
    expect(p.skipped).toEqual({ reason: 'not-started', detail: 'f' });
  });

  it('leaves out a picture with NaN, or a value ≤ 0 on a log axis, and says where', () => {
    expect(draw((v) => (v === 2 ? NaN : v)).skipped).toEqual({
      reason: 'not-finite',
      detail: expect.stringMatching(/ at 2: NaN$/),
    });
    expect(draw((v) => v - 1).skipped).toMatchObject({
      reason: 'not-finite',
      detail: expect.stringMatching(/ at 1: 0$/),
    });
  });

  it('leaves out a malformed drawing', () => {
    const short = picture<KataModule>({
      id: 'short',
      title,
      draw: () => ({ x: [1, 2], series: [{ name: title, values: [1] }] }),
    });
    expect(runPicture(short, {}, env).skipped?.reason).toBe('malformed');
    const none = picture<KataModule>({ id: 'none', title, draw: () => ({ x: [], series: [] }) });
    expect(runPicture(none, {}, env).skipped?.reason).toBe('malformed');
  });
});

describe('runPicture, heatmaps', () => {
  const grid = (g: unknown, extra: object = {}) =>
    runPicture(picture<KataModule>({ id: 'g', title, draw: () => ({ grid: g as number[][], ...extra }) }), {}, env);

  it('keeps a matrix as one panel and a stack as its panels, with their captions', () => {
    expect(grid([[1, 2]]).drawn).toEqual({ grid: [[[1, 2]]] });
    const stack = grid([[[1]], [[2]]], { panels: [title, title], rows: title });
    expect(stack.drawn).toMatchObject({ grid: [[[1]], [[2]]], rows: { text: expect.any(String) } });
    expect((stack.drawn as PictureGrid).panels).toHaveLength(2);
  });

  it('leaves out ragged, empty or non-finite grids, and a caption count that does not match', () => {
    expect(grid([[1, 2], [3]]).skipped).toEqual({ reason: 'malformed', detail: 'panel 0, row 1: not 2 columns' });
    expect(grid([[[1]], [[1], [2]]]).skipped?.reason).toBe('malformed');
    expect(grid([]).skipped?.reason).toBe('malformed');
    expect(grid([[1, Infinity]]).skipped).toEqual({ reason: 'not-finite', detail: '[0, 1]: Infinity' });
    expect(grid([[[1]], [[NaN]]]).skipped).toEqual({ reason: 'not-finite', detail: '[1, 0, 0]: NaN' });
    expect(grid([[[1]], [[2]]], { panels: [title] }).skipped?.reason).toBe('malformed');
  });
});

/** A worker that says what it is told to and nothing more: a picture that loops never reports. */
function fakeWorker(): Worker & { say(m: WorkerMessage): void } {
  const w = new EventEmitter() as EventEmitter & {
    stdout: PassThrough;
    stderr: PassThrough;
    say(m: WorkerMessage): void;
  };
  w.stdout = new PassThrough();
  w.stderr = new PassThrough();
  w.say = (m) => w.emit('message', m);
  return w as unknown as Worker & { say(m: WorkerMessage): void };
}

describe('a picture that runs past the time limit', () => {
  it('is left out as a time-out, with every result kept and no problem for the kata', async () => {
    const worker = fakeWorker();
    const run = superviseRun(worker, 50);
    const result: PropertyResult = { id: 'p', name: 'p holds', points: 3, earned: 3, status: 'pass', durationMs: 1 };
    const text = { text: 'norms' };
    worker.say({ type: 'plan', properties: [{ id: 'p', name: 'p holds', points: 3 }], misconceptions: {} });
    worker.say({ type: 'start', id: 'p' });
    worker.say({ type: 'result', result });
    worker.say({ type: 'picture-start', id: 'drawn', title: text });
    worker.say({ type: 'picture', picture: { id: 'drawn', title: text, skipped: { reason: 'exception' } } });
    worker.say({ type: 'picture-start', id: 'loops', title: text });
    const { outcome, healthy } = await run;
    expect(healthy).toBe(false);
    expect(outcome.problem).toBeUndefined();
    expect(outcome.results).toEqual([result]);
    expect(outcome.pictures?.map((p) => [p.id, p.skipped?.reason])).toEqual([
      ['drawn', 'exception'],
      ['loops', 'timeout'],
    ]);
  });

  it('a property that runs past it is still the kata’s problem', async () => {
    const worker = fakeWorker();
    const run = superviseRun(worker, 50);
    worker.say({ type: 'plan', properties: [{ id: 'p', name: 'p holds', points: 3 }], misconceptions: {} });
    worker.say({ type: 'start', id: 'p' });
    const { outcome } = await run;
    expect(outcome.problem).toMatchObject({ kind: 'timeout', property: 'p' });
    expect(outcome.pictures).toBeUndefined();
  });
});
