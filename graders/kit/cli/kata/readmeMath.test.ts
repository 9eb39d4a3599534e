import { afterEach, describe, expect, it } from 'vitest';
import { catalog } from '../../../catalog';
import { runKata } from './runKata';
import { type TestContext, testContext } from './testContext';

// What `next`, `hint` and `interview` print from a README: its formulas as
// Unicode, never the TeX source (issue 11, item 4).
let t: TestContext;
afterEach(() => t.cleanup());

/** TeX left in terminal text: a `$…$` formula, a macro, or a braced script. */
const TEX = /\$[^$\n]*\\[a-zA-Z]|\\(partial|sum|frac|top|sqrt|text|mathbb|operatorname|qquad|cdot)\b|[_^]\{/;

describe('README math in the terminal', () => {
  it('kata next prints the question with its math as Unicode', async () => {
    t = testContext();
    expect(await runKata(['next'], t.ctx)).toBe(0);
    const out = t.output();
    expect(out).toContain('I hand you ∂L/∂C.');
    expect(out).toContain('What are ∂L/∂A and ∂L/∂B?');
    expect(out).not.toMatch(TEX);
  });

  it("kata hint prints every kata's hints with their math as Unicode", async () => {
    t = testContext();
    for (const kata of catalog)
      for (let level = 1; level <= 3; level++) expect(await runKata(['hint', kata.slug], t.ctx)).toBe(0);
    const out = t.output();
    expect(out).toContain('    dA_ip = Σ_j dC_ij·B_pj = (dC·Bᵀ)_ip.');
    expect(out).toContain('so ∂C_ij/∂A_ip = B_pj and');
    expect(out).not.toMatch(TEX);
  });

  it('kata interview prints the question, a hint and the follow-ups with their math as Unicode', async () => {
    const script = async function* (): AsyncGenerator<string> {
      yield 'hint';
      yield 'done';
      for (;;) yield '';
    };
    t = testContext([], { lines: () => script() });
    expect(await runKata(['interview', '--kata', 'attention', '--minutes', '5'], t.ctx)).toBe(0);
    const out = t.output();
    expect(out).toContain('Why do we divide by\n√d_k? Now derive the backward pass: what are ∂L/∂Q,');
    expect(out).toContain('scores [−10⁹, −10⁹] and a row [1000, 0]');
    expect(out).toContain('Interviewer (1/5): Why divide by √d_k and not by d_k?');
    expect(out).toContain('Var(q·k) = d_k');
    expect(out).not.toMatch(TEX);
  });
});
