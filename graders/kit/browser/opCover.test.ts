import { describe, expect, it } from 'vitest';
import { opCover } from './opCover';

describe('opCover', () => {
  const ops = (o: Record<string, string[]>) => new Map(Object.entries(o).map(([k, v]) => [k, new Set(v)]));

  it('covers every op with the katas that add most, in catalogue order', () => {
    const byKata = ops({ a: ['matMul'], b: ['matMul', 'add', 'relu'], c: ['conv2d'], d: ['add'], e: [] });
    expect(opCover(byKata, ['a', 'b', 'c', 'd', 'e'])).toEqual(['b', 'c']);
  });

  it('prefers the earlier kata on a tie, and leaves out katas that call no op', () => {
    expect(opCover(ops({ x: ['exp'], y: ['exp'], z: [] }), ['x', 'y', 'z'])).toEqual(['x']);
    expect(opCover(ops({ z: [] }), ['z'])).toEqual([]);
  });
});
