import { describe, expect, it } from 'vitest';
import { catalog } from '../../../catalog';
import { gradeKatas } from '../../engine/gradeKatas';
import { DEFAULT_SEED } from '../../engine/propertySeed';
import { katasDir } from '../../paths';
import { kataReadme, parseKataReadme } from './kataReadme';

describe('kata READMEs', () => {
  it('every kata has a question, three hints in order and at least three follow-ups with answers', () => {
    for (const k of catalog) {
      const r = kataReadme(k);
      expect(r.question, k.slug).not.toBe('');
      expect(
        r.hints.map((h) => `${h.level} ${h.label}`),
        k.slug,
      ).toEqual(['1 nudge', '2 approach', '3 near-answer']);
      for (const h of r.hints) expect(h.text.length, `${k.slug} hint ${h.level}`).toBeGreaterThan(40);
      expect(r.followUps.length, k.slug).toBeGreaterThanOrEqual(3);
      for (const f of r.followUps) expect(f.answer.length, `${k.slug}: ${f.question}`).toBeGreaterThan(40);
    }
  });

  it('"What the grader checks" names exactly the grader\'s properties', async () => {
    // The stubs are graded as not started, which still reports each grader's plan.
    const results = await gradeKatas({ target: katasDir, katas: catalog, seed: DEFAULT_SEED });
    for (const k of results.katas) {
      expect(kataReadme(catalog.find((c) => c.slug === k.slug)!).checks, k.slug).toEqual(
        k.properties.map((p) => p.name),
      );
    }
  });

  it('reads bold names that wrap, hints with any dash, and ignores headings inside code', () => {
    const r = parseKataReadme(
      [
        '# 99 · x',
        '',
        '> "Ask me',
        '> anything."',
        '',
        '## Hints',
        '',
        '### Hint 1 - nudge',
        '',
        'one',
        '```sh',
        '## not a heading',
        '```',
        '## Follow-up questions',
        '',
        '### Why?',
        '',
        'Because.',
        '',
        '## What the grader checks',
        '',
        '- **a long',
        '  name** — text',
        '- **short**: text',
      ].join('\n'),
    );
    expect(r.question).toBe('"Ask me\nanything."');
    expect(r.hints).toEqual([{ level: 1, label: 'nudge', text: 'one\n```sh\n## not a heading\n```' }]);
    expect(r.followUps).toEqual([{ question: 'Why?', answer: 'Because.' }]);
    expect(r.checks).toEqual(['a long name', 'short']);
  });
});
