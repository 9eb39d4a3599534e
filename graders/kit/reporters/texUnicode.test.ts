import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../catalog';
import { kataFolder, katasDir } from '../paths';
import { LANGS, readmeName } from '../results/lang';
import { formulasIn } from './mathText';
import { texUnicode } from './texUnicode';

const readmes = catalog.flatMap((k) =>
  LANGS.map((lang) => ({
    slug: `${k.slug} (${readmeName(lang)})`,
    text: fs.readFileSync(path.join(katasDir, kataFolder(k), readmeName(lang)), 'utf8'),
  })),
);

describe('texUnicode', () => {
  it.each([
    ['\\partial L/\\partial C', '∂L/∂C'],
    ['dA_{ip} = \\sum_j dC_{ij}\\,B_{pj}', 'dA_ip = Σ_j dC_ij·B_pj'],
    ['C_{ij} = \\sum_{p=0}^{k-1} A_{ip}\\,B_{pj},', 'C_ij = Σ_(p=0)^(k−1) A_ip·B_pj,'],
    ['dA = dC\\,B^\\top, \\qquad dB = A^\\top\\,dC .', 'dA = dC·Bᵀ,    dB = Aᵀ·dC.'],
    ["\\frac{\\partial L}{\\partial x_i} = \\varphi'(x_i)\\,\\delta_i", '∂L/∂x_i = φ′(x_i)·δ_i'],
    ['\\sigma(x) = \\dfrac{1}{1+e^{-x}}', 'σ(x) = 1/(1 + e^(−x))'],
    ['\\frac{L(x + h) - L(x - h)}{2h}', '(L(x + h) − L(x − h))/(2h)'],
    ['S = \\frac{Q K^\\top}{\\sqrt{d_k}}', 'S = QKᵀ/√d_k'],
    ['\\varphi(x) = \\dfrac{e^{-x^2/2}}{\\sqrt{2\\pi}}', 'φ(x) = e^(−x²/2)/√(2π)'],
    ['A \\in \\mathbb{R}^{m \\times k}', 'A ∈ ℝ^(m×k)'],
    ['h \\approx 10^{-6}', 'h ≈ 10⁻⁶'],
    [
      'L = \\frac{1}{N}\\sum_{n=1}^{N}\\Big(\\log\\sum_{c} e^{z_{nc}} - z_{n,y_n}\\Big)',
      'L = (1/N) Σ_(n=1)^N (log Σ_c e^(z_nc) − z_(n,y_n))',
    ],
    ['\\tfrac12 x\\,(1+\\tanh u)', '½x·(1 + tanh u)'],
    ['\\text{out} = \\text{in}\\cdot W^\\top + b', 'out = in·Wᵀ + b'],
    ['\\partial\\,\\mathrm{loss}/\\partial\\,\\mathrm{logits}', '∂loss/∂logits'],
    ['p_t = \\begin{cases} p & y = 1\\\\ 1-p & y = 0\\end{cases}', 'p_t = {p, y = 1; 1 − p, y = 0}'],
    ['\\frac{2(N-1)}{N}L < 2L', '(2(N − 1)/N)L < 2L'],
    ['(r-s) \\bmod N', '(r − s) mod N'],
    ['|g - \\hat g| / \\max(|g|, |\\hat g|)', '|g − ĝ|/max(|g|, |ĝ|)'],
    ['y \\in \\{0, 1\\}', 'y ∈ {0, 1}'],
    ['a < b', 'a < b'],
  ])('%s → %s', (tex, text) => {
    expect(texUnicode(tex)).toBe(text);
  });

  it('gives back a formula it cannot read as its source', () => {
    expect(texUnicode('\\frac{a')).toBe('\\frac{a');
  });

  it.each(readmes)(
    'reads every formula of $slug’s README as plain Unicode: no TeX command, brace or script group left',
    ({ text }) => {
      const formulas = formulasIn(text);
      // Every kata's README has its math (the template asks for it); how much is the kata's business.
      expect(formulas.length).toBeGreaterThan(0);
      const unreadable = formulas
        .map(({ tex }) => ({ tex, text: texUnicode(tex) }))
        .filter(({ tex, text: u }) => {
          // Braces the formula means: a set's \{ \} and a cases block's opening brace (closed on one line).
          const braces = (tex.match(/\\[{}]/g) ?? []).length + 2 * (tex.match(/\\begin\{cases\}/g) ?? []).length;
          return u === '' || /\\|[_^]\(?\{|[\u2061-\u2064\u2002]/.test(u) || (u.match(/[{}]/g) ?? []).length > braces;
        });
      expect(unreadable).toEqual([]);
    },
  );
});
