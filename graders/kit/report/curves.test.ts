import { describe, expect, it } from 'vitest';
import { setLanguage } from '../reporters/language';
import { curves } from './curves';

const points = (svg: string): string[][] =>
  [...svg.matchAll(/data-series="([^"]*)" data-x="([^"]*)" data-value="([^"]*)"/g)].map((m) => [m[1], m[2], m[3]]);

describe('curves', () => {
  it('draws one point per finite value with its series, label and exact value', () => {
    const svg = curves({
      title: 'norms',
      x: ['dW1', 'db1'],
      series: [
        { name: 'yours', values: [0.1, NaN] },
        { name: 'reference', values: [0.2, 0.30000000000000004] },
      ],
    });
    expect(points(svg)).toEqual([
      ['yours', 'dW1', '0.1'],
      ['reference', 'dW1', '0.2'],
      ['reference', 'db1', '0.30000000000000004'],
    ]);
    // A missing value breaks the line: "yours" has one point and so no polyline.
    expect(svg.match(/<polyline/g)).toHaveLength(1);
  });

  it('puts larger values higher', () => {
    const svg = curves({ title: 't', x: ['a', 'b'], series: [{ name: 's', values: [1, 2] }] });
    const cy = [...svg.matchAll(/<circle[^>]* cy="([^"]*)"/g)].map((m) => Number(m[1]));
    expect(cy[1]).toBeLessThan(cy[0]);
  });

  it('escapes labels and names', () => {
    const svg = curves({ title: '<b>t</b>', x: ['<i>'], series: [{ name: '"><script>', values: [1] }] });
    expect(svg).not.toMatch(/<script>|<b>|<i>/);
  });

  it("names the learner's and the reference's lines in the reader's language, other lines as given", () => {
    const c = {
      title: 'norms',
      x: ['dW1'],
      series: ['yours', 'reference', 'Adam'].map((name) => ({ name, values: [1] })),
    };
    const legend = (svg: string) => [...svg.matchAll(/<\/svg> ([^<]*)<\/span>/g)].map((m) => m[1]);
    const tips = (svg: string) => [...svg.matchAll(/<title>([^<]*)<\/title>/g)].map((m) => m[1]);
    setLanguage('zh-CN');
    const zh = curves(c);
    setLanguage('en');
    const en = curves(c);
    expect(legend(en)).toEqual(['yours', 'reference', 'Adam']);
    expect(legend(zh)).toEqual(['你的', '参考实现', 'Adam']);
    expect(tips(zh)).toEqual(['你的，dW1：1', '参考实现，dW1：1', 'Adam，dW1：1']);
    expect(points(zh)).toEqual(points(en));
  });

  it('reads values that span decades on a log axis, ticks at powers of ten, a value ≤ 0 breaking its line', () => {
    const svg = curves(
      { title: 't', x: ['1', '2', '3', '4'], series: [{ name: 's', values: [1e-6, 1e-3, 0, 1] }] },
      { yScale: 'log', xLabel: 'layer' },
    );
    expect(svg).toContain('data-y-scale="log"');
    expect(points(svg).map((p) => p[2])).toEqual(['0.000001', '0.001', '1']);
    const cy = [...svg.matchAll(/<circle[^>]* cy="([^"]*)"/g)].map((m) => Number(m[1]));
    // Equal ratios, equal steps: 1e-6 → 1e-3 → 1 is evenly spaced.
    expect(cy[0] - cy[1]).toBeCloseTo(cy[1] - cy[2], 6);
    expect([...svg.matchAll(/class="y-tick"[^>]*>([^<]*)</g)].map((m) => m[1])).toEqual([
      '0.000001',
      '0.0001',
      '0.01',
      '1',
    ]);
    expect(svg).toContain('>layer</text>');
  });

  it('writes at most eleven x labels, every point keeping its own', () => {
    const x = Array.from({ length: 50 }, (_, i) => String(i + 1));
    const svg = curves({ title: 't', x, series: [{ name: 's', values: x.map(Number) }] });
    const labels = [...svg.matchAll(/class="x-tick"[^>]*>([^<]*)</g)].map((m) => m[1]);
    expect(labels.length).toBeLessThanOrEqual(12);
    expect(labels[0]).toBe('1');
    expect(labels.at(-1)).toBe('50');
    expect(points(svg)).toHaveLength(50);
  });
});
