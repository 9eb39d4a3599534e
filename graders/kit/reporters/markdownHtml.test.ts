import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../catalog';
import { kataFolder, katasDir } from '../paths';
import { LANGS, readmeName } from '../results/lang';
import { markdownHtml, markdownInlineHtml } from './markdownHtml';
import { formulasIn } from './mathText';

describe('markdownHtml', () => {
  it('renders Markdown, with each formula as MathML', () => {
    expect(markdownHtml('**Backward.** $\\partial L/\\partial C$ in `C = A·B`')).toBe(
      '<p><strong>Backward.</strong> <math><mrow><mi>∂</mi><mi>L</mi><mi>/</mi><mi>∂</mi><mi>C</mi></mrow></math> in <code>C = A·B</code></p>\n',
    );
    expect(markdownHtml('$$x^2$$')).toMatch(
      /^<p><math display="block"[^>]*><msup><mi>x<\/mi><mn[^>]*>2<\/mn><\/msup><\/math><\/p>/,
    );
    expect(markdownInlineHtml('Why divide by $\\sqrt{d_k}$?')).toMatch(
      /^Why divide by <math><msqrt>.*<\/msqrt><\/math>\?$/,
    );
  });

  it('escapes raw HTML and keeps a $ in code as code', () => {
    const html = markdownHtml('<script>alert(1)</script> $a<b$ `$x$`');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('<mo>&lt;</mo>');
    expect(html).toContain('<code>$x$</code>');
  });

  it('shows a formula temml cannot read as its TeX, escaped', () => {
    expect(markdownHtml('$\\frac{<a}$')).toBe('<p><code class="tex">$\\frac{&lt;a}$</code></p>\n');
  });

  it.each(catalog.flatMap((k) => LANGS.map((lang) => [k.slug, readmeName(lang)] as const)))(
    'renders every formula of %s’s %s as MathML, the same ones the terminal finds',
    (slug, readme) => {
      const kata = catalog.find((k) => k.slug === slug)!;
      const text = fs.readFileSync(path.join(katasDir, kataFolder(kata), readme), 'utf8');
      const html = markdownHtml(text);
      expect(html.match(/<math[ >]/g)).toHaveLength(formulasIn(text).length);
      expect(html).not.toContain('class="tex"');
      const prose = html.replace(/<pre>[\s\S]*?<\/pre>|<code>[\s\S]*?<\/code>|<math[\s\S]*?<\/math>/g, '');
      expect(prose.match(/.{0,30}[$\\].{0,30}/g)).toBeNull();
    },
  );
});
