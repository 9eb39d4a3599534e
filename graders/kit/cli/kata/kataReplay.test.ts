import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findKata } from '../../../catalog';
import { solutionsDir } from '../../paths';
import { variantSource } from '../../proof/materializeVariants';
import { runKata } from './runKata';
import { sideBySide } from './sideBySide';
import { tensorText } from './tensorText';
import { type TestContext, testContext } from './testContext';

let t: TestContext;
afterEach(() => t.cleanup());
const matmul = findKata('matmul')!;
const variant = (name: string) => variantSource(matmul, name);

describe('kata replay', () => {
  it('re-runs the recorded failure: inputs in full, yours next to the reference', async () => {
    t = testContext();
    const file = path.join(t.target, '00-matmul', 'matmul.ts');
    fs.writeFileSync(file, await variant('overwrite-not-accumulate'));
    expect(await runKata(['test', 'matmul'], t.ctx)).toBe(1);
    const recorded = JSON.parse(fs.readFileSync(path.join(t.stateDir, 'progress.json'), 'utf8')).katas.matmul
      .lastFailure;
    expect(recorded).toMatchObject({ only: 'matmul-matches-reference', seed: 20261129 });
    expect(await runKata(['replay', 'matmul'], t.ctx)).toBe(1);
    const out = t.output();
    expect(out).toContain(`--only matmul-matches-reference --path ${recorded.path}`);
    expect(out).toMatch(/inputs\nA =\n {2}0\.01 +0\nB =\n {2}-0\.01\n +0\n/);
    // The float32 reference as the float32 it is (-0.0001, not -0.0000999999975).
    expect(out).toMatch(/yours: C +reference: C\n {2}0\* +-0\.0001\*\n/);
    fs.copyFileSync(path.join(solutionsDir, '00-matmul', 'matmul.ts'), file);
    expect(await runKata(['replay', 'matmul', '--only', recorded.only, '--path', recorded.path], t.ctx)).toBe(0);
    expect(t.output()).toMatch(/this case passes now/);
  });

  it('shows an output of the wrong shape next to the reference, both in full', async () => {
    t = testContext();
    fs.writeFileSync(path.join(t.target, '00-matmul', 'matmul.ts'), await variant('db-transposed'));
    expect(await runKata(['test', 'matmul'], t.ctx)).toBe(1);
    expect(await runKata(['replay', 'matmul'], t.ctx)).toBe(1);
    const out = t.output();
    expect(out).toMatch(/dB has shape \[(\d+), (\d+)\], expected shape \[\2, \1\]/);
    expect(out).toMatch(/inputs\nA =\n/);
    expect(out).toMatch(/yours: dB +reference: dB\n/);
  });

  it('after passing, says so and succeeds', async () => {
    t = testContext();
    const file = path.join(t.target, '00-matmul', 'matmul.ts');
    fs.writeFileSync(file, await variant('overwrite-not-accumulate'));
    expect(await runKata(['test', 'matmul'], t.ctx)).toBe(1);
    // Fixed in an editor, not re-graded: replay sees the file changed.
    fs.copyFileSync(path.join(solutionsDir, '00-matmul', 'matmul.ts'), file);
    expect(await runKata(['replay', 'matmul'], t.ctx)).toBe(0);
    expect(t.output()).toMatch(/matmul passes \(\d+\/\d+\): there is no failing case to replay/);
  });

  it('says there is nothing to replay in a kata not started', async () => {
    t = testContext();
    expect(await runKata(['replay', 'attention'], t.ctx)).toBe(1);
    expect(t.output()).toMatch(/attention is not started: nothing fails yet/);
  });
});

describe('tensorText and sideBySide', () => {
  it('prints every element, stars the worst and lays out slices of a 4-D tensor', () => {
    expect(
      tensorText(
        [
          [1, 22],
          [333, 4],
        ],
        [1, 0],
      ),
    ).toEqual(['     1   22', '  333*    4']);
    expect(tensorText([[[[1]], [[2]]]])).toEqual(['[0, 0, :, :]', '  1', '[0, 1, :, :]', '  2']);
    expect(tensorText([0.1 + 0.2])).toEqual(['  0.30000000000000004']);
    expect(sideBySide(['a', 'bbb'], ['c'], ['x', 'y'])).toEqual(['x      y', 'a      c', 'bbb']);
  });
});
