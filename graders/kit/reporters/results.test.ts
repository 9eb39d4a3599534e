import { describe, expect, it } from 'vitest';
import { resultsJson } from '../reporters/resultsJson';
import { summaryLine, terminalTable } from '../reporters/terminalTable';
import { exitCode, type KataResult, type PropertyResult, type RunResults, scoreKata } from '../results/results';

const prop = (status: PropertyResult['status'], points = 2): PropertyResult => ({
  id: `p-${status}`,
  name: `property ${status}`,
  points,
  earned: status === 'pass' ? points : 0,
  status,
  durationMs: 1,
  failure:
    status === 'fail'
      ? { detail: { kind: 'value', summary: 'C[0][1] is 3, expected 2' }, seed: 1 }
      : status === 'not-implemented'
        ? { detail: { kind: 'not-started', summary: 'not started' }, seed: 1 }
        : undefined,
});

const kata = (slug: string, properties: PropertyResult[], extra: Partial<KataResult> = {}): KataResult => ({
  slug,
  number: '00',
  track: 0,
  title: slug,
  file: `katas/00-${slug}/${slug}.ts`,
  properties,
  durationMs: 1,
  ...scoreKata(properties),
  ...extra,
});

const run = (katas: KataResult[]): RunResults => ({
  target: 'katas',
  seed: 1,
  backend: 'cpu',
  katas,
  durationMs: 1234,
  points: katas.reduce((s, k) => s + k.points, 0),
  maxPoints: katas.reduce((s, k) => s + k.maxPoints, 0),
});

describe('scoring', () => {
  it('a kata whose every property is unimplemented is not started', () => {
    expect(scoreKata([prop('not-implemented'), prop('not-implemented')]).status).toBe('not-started');
  });

  it('partly implemented is failing, with the points earned', () => {
    expect(scoreKata([prop('pass', 3), prop('not-implemented', 1)])).toEqual({
      status: 'failing',
      points: 3,
      maxPoints: 4,
    });
  });

  it('all properties passing is passed with full points', () => {
    expect(scoreKata([prop('pass', 3), prop('pass', 1)])).toEqual({ status: 'passed', points: 4, maxPoints: 4 });
  });

  it('exits 0 when no started kata fails, 1 otherwise', () => {
    expect(exitCode(run([kata('a', [prop('not-implemented')]), kata('b', [prop('pass')])]))).toBe(0);
    expect(exitCode(run([kata('a', [prop('fail')])]))).toBe(1);
    expect(exitCode(run([kata('a', [], { status: 'error' })]))).toBe(1);
  });
});

describe('reporters', () => {
  const results = run([kata('matmul', [prop('pass'), prop('fail')]), kata('attention', [prop('not-implemented')])]);

  it('the summary counts passed, failing and not started', () => {
    expect(summaryLine(results)).toBe('0/2 passed, 1 failing, 1 not started · 2/6 points · 1.2 s');
  });

  it('the table has no ANSI escapes without colour, and shows each failure message', () => {
    const plain = terminalTable(results, false);
    expect(plain).not.toContain('\u001b[');
    expect(plain).toMatch(/property fail \(0\/2\)\n\s+C\[0\]\[1\] is 3, expected 2/);
    expect(terminalTable(results, true)).toContain('\u001b[');
  });

  it('results.json follows Exercism v3 with points', () => {
    const json = resultsJson(results);
    expect(json.version).toBe(3);
    expect(json.status).toBe('fail');
    expect(json.tests).toHaveLength(3);
    expect(json.tests[1]).toMatchObject({
      name: 'matmul › property fail',
      status: 'fail',
      message: expect.stringMatching(/^C\[0\]\[1\] is 3, expected 2\n/),
      points: 0,
      max_points: 2,
    });
    expect(json.tests[2]).toMatchObject({
      status: 'fail',
      message: 'this function is not implemented yet (katas/00-attention/attention.ts)',
    });
    expect({ points: json.points, max_points: json.max_points }).toEqual({ points: 2, max_points: 6 });
  });
});
