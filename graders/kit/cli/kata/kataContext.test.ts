import { afterEach, describe, expect, it, vi } from 'vitest';
import { setLanguage } from '../../reporters/language';
import { paint } from '../../reporters/paint';
import type { KataProgress } from '../../state/progress';
import { label } from './countdown';
import { formatDuration } from './formatDuration';
import { kataContext } from './kataContext';
import { progressBar } from './progressBar';
import { statusLabel } from './statusLabel';

afterEach(() => {
  vi.unstubAllEnvs();
  setLanguage('en');
});

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

  it("says time spent, time left and a status in the learner's language, with the same numbers", () => {
    const spent = [0, 30_000, 5 * 60_000, 65 * 60_000];
    const left = [30_000, 60_000, 125_000];
    const error: KataProgress = {
      status: 'error',
      points: 0,
      maxPoints: 10,
      fileHash: '',
      lastGradedAt: 0,
      hintsUsed: 0,
      timeSpentMs: 0,
    };
    expect(left.map(label)).toEqual(['30 s', '1 min', '2 min 5 s']);
    expect(statusLabel(error, paint(false))).toBe('error (npx kata test for details)');
    setLanguage('zh-CN');
    expect(spent.map(formatDuration)).toEqual(['–', '不到 1 分钟', '5 分钟', '1 小时 05 分钟']);
    expect(left.map(label)).toEqual(['30 秒', '1 分钟', '2 分 5 秒']);
    expect(statusLabel(undefined, paint(false))).toBe('未开始');
    expect(statusLabel(error, paint(false))).toBe('出错（详情请运行 npx kata test）');
  });
});
