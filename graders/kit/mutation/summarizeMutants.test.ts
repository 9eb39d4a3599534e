import { describe, expect, it } from 'vitest';
import { type MutationReport, summarizeMutants } from './summarizeMutants';

const report: MutationReport = {
  files: {
    'solutions/00-x/x.ts': {
      source: 'const a = b + c;\nthrow new Error(`bad`);\nreturn d;',
      mutants: [
        {
          id: '1',
          mutatorName: 'ArithmeticOperator',
          replacement: 'b - c',
          status: 'Killed',
          location: { start: { line: 1, column: 10 } },
        },
        {
          id: '2',
          mutatorName: 'StringLiteral',
          replacement: '``',
          status: 'Survived',
          location: { start: { line: 2, column: 16 } },
        },
        {
          id: '3',
          mutatorName: 'BlockStatement',
          replacement: '{}',
          status: 'Survived',
          location: { start: { line: 3, column: 0 } },
        },
        {
          id: '4',
          mutatorName: 'ConditionalExpression',
          replacement: 'true',
          status: 'Timeout',
          location: { start: { line: 3, column: 0 } },
        },
        {
          id: '5',
          mutatorName: 'UpdateOperator',
          replacement: 'i--',
          status: 'Killed',
          statusReason: 'stopped after 3 s while checking "p": an infinite loop…',
          location: { start: { line: 1, column: 0 } },
        },
      ],
    },
  },
};

describe('summarizeMutants', () => {
  it('counts equivalents apart and scores the rest', () => {
    const s = summarizeMutants(report, [
      {
        mutator: 'StringLiteral',
        replacement: '``',
        line: 'throw new Error',
        reason: 'the message of an error no property provokes',
      },
    ]);
    expect(s).toMatchObject({ mutants: 5, killed: 1, timedOut: 2, survived: 1, equivalent: 1 });
    expect(s.score).toBeCloseTo((100 * 3) / 4);
    expect(s.survivors).toEqual([
      { file: 'solutions/00-x/x.ts', line: 3, mutator: 'BlockStatement', replacement: '{}', source: 'return d;' },
    ]);
  });

  it('an equivalent that does not match the line does not hide a survivor', () => {
    const s = summarizeMutants(report, [
      { mutator: 'StringLiteral', replacement: '``', line: 'something else', reason: 'a reason long enough' },
    ]);
    expect(s.survived).toBe(2);
  });
});
