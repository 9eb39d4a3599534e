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
});
