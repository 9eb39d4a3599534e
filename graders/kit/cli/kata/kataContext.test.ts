import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatDuration } from './formatDuration';
import { kataContext } from './kataContext';
import { progressBar } from './progressBar';

afterEach(() => vi.unstubAllEnvs());

describe('terminal output', () => {
  it('colours a terminal, not a pipe, and never with NO_COLOR', () => {
    vi.stubEnv('NO_COLOR', undefined as unknown as string);
    vi.stubEnv('TERM', 'xterm-256color');
    expect(kataContext({ tty: true }).paint.green('ok')).toBe('\u001b[32mok\u001b[0m');
    expect(kataContext({ tty: false }).paint.green('ok')).toBe('ok');
    vi.stubEnv('NO_COLOR', '1');
    expect(kataContext({ tty: true }).paint.green('ok')).toBe('ok');
  });

  it('draws bars with blocks on a terminal and ASCII elsewhere', () => {
    expect(progressBar(1, 4, true, 8)).toBe('[██░░░░░░]');
    expect(progressBar(1, 4, false, 8)).toBe('[##------]');
    expect(progressBar(0, 0, false, 4)).toBe('[----]');
  });

  it('reads time spent as a learner would', () => {
    expect([0, 30_000, 5 * 60_000, 65 * 60_000].map(formatDuration)).toEqual(['–', '< 1 min', '5 min', '1 h 05 min']);
  });
});
