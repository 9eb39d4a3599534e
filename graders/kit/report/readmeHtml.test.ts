import { describe, expect, it } from 'vitest';
import { findKata } from '../../catalog';
import { kataReadme } from '../cli/kata/kataReadme';
import type { KataResult } from '../results/results';
import { kataSection } from './kataSection';

const readme = kataReadme(findKata('matmul')!);
const kata = (status: KataResult['status']): KataResult => ({
  slug: 'matmul',
  number: '00',
  track: 0,
  title: 'Matrix multiply and its gradient',
  file: 'katas/00-matmul/matmul.ts',
  status,
  points: status === 'passed' ? 10 : 0,
  maxPoints: 10,
  properties: [],
  durationMs: 1,
});
const run = { target: 'katas', seed: 1 };

describe("a kata's README in the report", () => {
  it('shows the question with its math as MathML, and only the hints already used', () => {
    const html = kataSection(run, kata('failing'), readme, 1);
    const question = html.match(/<blockquote class="question">([\s\S]*?)<\/blockquote>/)![1];
    expect(question).toContain(
      'I hand you <math><mrow><mi>∂</mi><mi>L</mi><mi>/</mi><mi>∂</mi><mi>C</mi></mrow></math>.',
    );
    expect(html).toContain('<summary>the hints you used (1 of 3)</summary><h3>Hint 1 — nudge</h3>');
    expect(html).not.toContain('Hint 2');
    expect(html).not.toContain('follow-up questions');
    expect(html).not.toMatch(/\$[^$]*\\[a-z]/);
  });

  it('shows the follow-up questions with their model answers once the kata is passed', () => {
    const html = kataSection(run, kata('passed'), readme, 3);
    expect(html).toContain('<summary>the hints you used (3 of 3)</summary>');
    expect(html).toContain(`<summary>follow-up questions (${readme.followUps.length}), with model answers</summary>`);
    for (const f of readme.followUps) expect(html).toContain(`<h3>${f.question}</h3>`);
    // Hint 2's display formula, dA_ip = Σ_j dC_ij B_pj = (dC Bᵀ)_ip, as block MathML with the sum's limit below it.
    expect(html).toContain(
      '<math display="block" class="tml-display" style="display:block math;"><mrow><mi>d</mi><msub><mi>A</mi><mrow><mi>i</mi><mi>p</mi></mrow></msub><mo>=</mo><mrow><munder><mo movablelimits="false">∑</mo><mi>j</mi></munder></mrow>',
    );
    const outsideCode = html.replace(/<pre>[\s\S]*?<\/pre>|<code>[\s\S]*?<\/code>|<math[\s\S]*?<\/math>/g, '');
    expect(outsideCode).not.toMatch(/[$\\]/);
  });

  it('without a README, the section is as before', () => {
    expect(kataSection(run, kata('passed'))).not.toMatch(/question|hints|follow-up/);
  });
});
