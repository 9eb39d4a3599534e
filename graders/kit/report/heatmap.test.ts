import { describe, expect, it } from 'vitest';
import { colorScale } from './colorScale';
import { escapeHtml } from './escapeHtml';
import { heatmap } from './heatmap';

/** Each cell's data-index → data-value, read back from the markup. */
function cells(svg: string): Map<string, number> {
  return new Map([...svg.matchAll(/data-index="([^"]*)" data-value="([^"]*)"/g)].map((m) => [m[1], Number(m[2])]));
}

describe('heatmap', () => {
  it('has one cell per element of a 4-D tensor, as one panel per leading index', () => {
    const t = [
      [
        [
          [1, 2, 3],
          [4, 5, 6],
        ],
        [
          [7, 8, 9],
          [10, 11, 12],
        ],
      ],
    ]; // [1, 2, 2, 3]
    const svg = heatmap(t, { title: 'w', name: 'w', role: 'got' });
    expect(svg.match(/class="panel"/g)).toHaveLength(2);
    const c = cells(svg);
    expect(c.size).toBe(12);
    expect(c.get('0,1,1,2')).toBe(12);
    expect(c.get('0,0,0,1')).toBe(2);
  });

  it('indexes a vector and a scalar by their own rank', () => {
    expect([...cells(heatmap([5, -6], { title: 'v', name: 'v', role: 'got' }))]).toEqual([
      ['0', 5],
      ['1', -6],
    ]);
    expect([...cells(heatmap(0.5, { title: 's', name: 's', role: 'got' }))]).toEqual([['', 0.5]]);
  });

  it('marks the worst element once, with its exact value in the tooltip', () => {
    const svg = heatmap(
      [
        [0.1, 0.2],
        [0.30000000000000004, 0.4],
      ],
      { title: 't', name: 'dA', role: 'got', worst: [1, 0] },
    );
    expect(svg.match(/class="cell worst"/g)).toHaveLength(1);
    expect(svg.match(/class="worst-marker"/g)).toHaveLength(1);
    expect(svg).toContain(
      'data-index="1,0" data-value="0.30000000000000004"><title>dA[1][0] = 0.30000000000000004</title>',
    );
  });

  it('colours by sign on a shared range', () => {
    expect(colorScale(0, 1)).toBe('rgb(255,255,255)');
    expect(colorScale(2, 2)).toBe('rgb(178,24,43)');
    expect(colorScale(-5, 2)).toBe('rgb(33,102,172)');
    expect(colorScale(1, 0)).toBe('rgb(255,255,255)');
    const shared = heatmap([1], { title: 'a', name: 'a', role: 'got', range: 2 });
    expect(shared).toContain(`fill="${colorScale(1, 2)}"`);
  });

  it('escapes captions and names', () => {
    const svg = heatmap([1], { title: '<script>alert(1)</script>', name: 'x"><b>', role: 'got' });
    expect(svg).not.toContain('<script>');
    expect(svg).not.toContain('"><b>');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});

describe('escapeHtml', () => {
  it('escapes the five characters that can end text or an attribute', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;',
    );
    expect(escapeHtml(undefined)).toBe('undefined');
  });
});
