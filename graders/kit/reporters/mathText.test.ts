import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../catalog';
import { kataFolder, katasDir } from '../paths';
import { LANGS, readmeName } from '../results/lang';
import { formulasIn, mathText } from './mathText';

describe('mathText', () => {
  it('writes inline and display formulas as Unicode, a display one indented on its own line', () => {
    expect(mathText('hand you $\\partial L/\\partial C$.')).toBe('hand you ∂L/∂C.');
    expect(mathText('and\n\n$$dA_{ip} = \\sum_j dC_{ij}\\,B_{pj}$$\n\nso')).toBe(
      'and\n\n    dA_ip = Σ_j dC_ij·B_pj\n\nso',
    );
    expect(mathText('  $$x^2$$')).toBe('      x²');
    expect(mathText('is $$x^2$$ here')).toBe('is x² here');
  });

  it('leaves code, prices and an unclosed $ alone', () => {
    expect(mathText('`$x$` and `` a`$y$ `` but $x$')).toBe('`$x$` and `` a`$y$ `` but x');
    const code = "```ts\nconst s = '$' + a; // $x^2$\n```";
    expect(mathText(`${code}\n$x^2$`)).toBe(`${code}\nx²`);
    expect(mathText('costs $5 and $10, or $ x$')).toBe('costs $5 and $10, or $ x$');
    expect(mathText('\\$x$ and $y')).toBe('\\$x$ and $y');
  });

  it.each(catalog.flatMap((k) => LANGS.map((lang) => [k.slug, readmeName(lang)] as const)))(
    'leaves no formula and no TeX in %s’s %s outside code',
    (slug, readme) => {
      const kata = catalog.find((k) => k.slug === slug)!;
      const text = mathText(fs.readFileSync(path.join(katasDir, kataFolder(kata), readme), 'utf8'));
      expect(formulasIn(text)).toEqual([]);
      const prose = text.replace(/^```[\s\S]*?^```/gm, '').replace(/`[^`\n]*`/g, '');
      expect(prose.match(/.{0,30}(\\[a-zA-Z]+|\$).{0,30}/g)).toBeNull();
    },
  );
});
