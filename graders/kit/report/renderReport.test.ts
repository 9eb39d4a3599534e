import { describe, expect, it } from 'vitest';
import type { KataResult, RunResults } from '../results/results';
import { renderReport } from './renderReport';

const XSS = '<script>alert(1)</script>';

const kata = (over: Partial<KataResult>): KataResult => ({
  slug: 'matmul',
  number: '00',
  track: 0,
  title: 'Matrix multiply',
  file: 'katas/00-matmul/matmul.ts',
  status: 'passed',
  points: 1,
  maxPoints: 1,
  properties: [],
  durationMs: 1,
  ...over,
});

const results: RunResults = {
  target: 'katas',
  seed: 1,
  backend: 'cpu',
  points: 1,
  maxPoints: 4,
  durationMs: 1,
  katas: [
    kata({
      status: 'failing',
      points: 1,
      maxPoints: 3,
      file: `katas/${XSS}.ts`,
      output: XSS,
      properties: [
        { id: 'a', name: 'a holds', points: 1, earned: 1, status: 'pass', durationMs: 0 },
        {
          id: 'b',
          name: 'b holds',
          points: 2,
          earned: 0,
          status: 'fail',
          durationMs: 0,
          failure: { detail: { kind: 'value', summary: `C[0][0] is ${XSS}` }, seed: 1 },
        },
      ],
    }),
    kata({ slug: 'activations', number: '01', track: 1, status: 'not-started', points: 0, maxPoints: 1 }),
  ],
};

describe('renderReport', () => {
  const html = renderReport(results, {
    progress: { matmul: { hintsUsed: 2, timeSpentMs: 180_000 } },
    generatedAt: new Date(0),
  });

  it("says each kata's status in the learner's words", () => {
    expect(html).toContain('failing 1 of 3 points');
    expect(html).toContain('>not started<');
    expect(html).toContain('<td>2</td><td>3 min</td>');
  });

  it('shows every learner-controlled string as text', () => {
    expect(html).not.toContain('<script>');
    expect(html.match(/&lt;script&gt;alert\(1\)&lt;\/script&gt;/g)).toHaveLength(3);
  });

  it('fetches nothing: no src or href leaves the page', () => {
    expect(html).not.toMatch(/\b(src|href)="(?!#)/);
    expect(html).toContain("default-src 'none'");
  });
});
