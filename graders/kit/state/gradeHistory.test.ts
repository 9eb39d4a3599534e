import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { KataResult, RunResults } from '../results/results';
import { HISTORY_LIMIT } from './gradeHistory';
import { loadProgress } from './loadProgress';
import { emptyProgress, type Progress } from './progress';
import { recordResults } from './recordResults';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gradkata-history-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const run = (points: number, status: KataResult['status'] = 'failing'): RunResults => ({
  target: 'katas',
  seed: 1,
  backend: 'cpu',
  points,
  maxPoints: 10,
  durationMs: 1,
  katas: [
    {
      slug: 'matmul',
      number: '00',
      track: 0,
      title: 'Matrix multiply',
      file: 'katas/00-matmul/matmul.ts',
      status,
      points,
      maxPoints: 10,
      properties: [],
      durationMs: 1,
    },
  ],
});

const grade = (p: Progress, points: number, at: number): Progress => recordResults(p, run(points), tmp, at);

describe('the points history of a kata', () => {
  it('records each grade that changed the points, with its time', () => {
    let p = emptyProgress();
    for (const [points, at] of [
      [0, 1000],
      [0, 2000],
      [4, 3000],
      [4, 4000],
      [10, 5000],
    ])
      p = grade(p, points, at);
    expect(p.katas.matmul.history).toEqual([
      { at: 1000, points: 0, maxPoints: 10 },
      { at: 3000, points: 4, maxPoints: 10 },
      { at: 5000, points: 10, maxPoints: 10 },
    ]);
    expect(p.katas.matmul.lastGradedAt).toBe(5000);
  });

  it('starts with the first grade of work, not with the stub', () => {
    let p = recordResults(emptyProgress(), run(0, 'not-started'), tmp, 1000);
    expect(p.katas.matmul.history).toBeUndefined();
    p = grade(p, 0, 2000);
    p = recordResults(p, run(0, 'not-started'), tmp, 3000);
    expect(p.katas.matmul.history).toEqual([{ at: 2000, points: 0, maxPoints: 10 }]);
  });

  it(`keeps the last ${HISTORY_LIMIT}`, () => {
    let p = emptyProgress();
    for (let i = 0; i < HISTORY_LIMIT + 7; i++) p = grade(p, i % 2 ? 10 : 3, i);
    const history = p.katas.matmul.history!;
    expect(history).toHaveLength(HISTORY_LIMIT);
    expect(history[0].at).toBe(7);
    expect(history.at(-1)!.at).toBe(HISTORY_LIMIT + 6);
  });
});

describe('loadProgress', () => {
  const write = (name: string, value: unknown): string => {
    const file = path.join(tmp, name);
    fs.writeFileSync(file, JSON.stringify(value));
    return file;
  };
  const kata = {
    status: 'failing',
    points: 3,
    maxPoints: 10,
    fileHash: 'abc',
    lastGradedAt: 1000,
    hintsUsed: 2,
    timeSpentMs: 60_000,
  };

  it('loads a file written before the history existed, and the next grade starts one', () => {
    const p = loadProgress(write('old.json', { version: 1, katas: { matmul: kata }, interviews: [] }))!;
    expect(p.katas.matmul).toEqual(kata);
    const next = grade(p, 7, 2000);
    expect(next.katas.matmul.history).toEqual([{ at: 2000, points: 7, maxPoints: 10 }]);
    expect(next.katas.matmul.hintsUsed).toBe(2);
  });

  it('keeps the valid grades of a damaged history and the rest of the kata', () => {
    const history = [
      { at: 1, points: 2, maxPoints: 10 },
      { at: 'x', points: 3 },
      null,
      { at: 5, points: 4, maxPoints: 10 },
    ];
    const p = loadProgress(
      write('damaged.json', { version: 1, katas: { matmul: { ...kata, history } }, interviews: [] }),
    )!;
    expect(p.katas.matmul.history).toEqual([history[0], history[3]]);
    const q = loadProgress(
      write('wrong.json', { version: 1, katas: { matmul: { ...kata, history: 'x' } }, interviews: [] }),
    )!;
    expect(q.katas.matmul).toEqual(kata);
  });

  it('drops an interview record it could not show, keeps the others', () => {
    const interview = {
      slug: 'matmul',
      startedAt: 1000,
      minutes: 45,
      elapsedMs: 600_000,
      hintsUsed: 1,
      points: 7,
      maxPoints: 10,
      status: 'failing',
    };
    const p = loadProgress(
      write('interviews.json', {
        version: 1,
        katas: {},
        interviews: [interview, { slug: 'matmul', startedAt: 'soon' }, 3],
      }),
    )!;
    expect(p.interviews).toEqual([interview]);
  });
});
