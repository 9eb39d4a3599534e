import fs from 'node:fs';
import path from 'node:path';
import type { KataEntry } from '../../../catalog';
import { kataFolder, katasDir } from '../../paths';

// `kata hint`, `kata next` and `kata interview` read the kata's README, the
// one source of truth for the question, the hints, the follow-up questions
// and the list of what the grader checks.

export interface KataReadme {
  /** The opening quote: the question as an interviewer asks it. */
  readonly question: string;
  readonly hints: readonly { readonly level: number; readonly label: string; readonly text: string }[];
  readonly followUps: readonly { readonly question: string; readonly answer: string }[];
  /** The bold property names of "What the grader checks", one per bullet. */
  readonly checks: readonly string[];
}

export function kataReadme(kata: KataEntry, dir = katasDir): KataReadme {
  return parseKataReadme(fs.readFileSync(path.join(dir, kataFolder(kata), 'README.md'), 'utf8'));
}

export function parseKataReadme(text: string): KataReadme {
  const sections = splitHeadings(text.split('\n'), '## ');
  const intro = sections.find((s) => s.title === '')?.body ?? [];
  const question = intro
    .filter((l) => l.startsWith('>'))
    .map((l) => l.replace(/^>\s?/, ''))
    .join('\n')
    .trim();
  const body = (title: RegExp): string[] => sections.find((s) => title.test(s.title))?.body ?? [];
  const hints = splitHeadings(body(/^Hints$/), '### ')
    .map((s) => ({ m: /^Hint (\d+)\s*[—–-]\s*(.+)$/.exec(s.title), text: joinLines(s.body) }))
    .filter((h) => h.m)
    .map(({ m, text: t }) => ({ level: Number(m![1]), label: m![2].trim(), text: t }));
  const followUps = splitHeadings(body(/^Follow-up questions/), '### ')
    .filter((s) => s.title !== '')
    .map((s) => ({ question: s.title, answer: joinLines(s.body) }));
  return { question, hints, followUps, checks: checkNames(body(/^What the grader checks$/)) };
}

/** Bullets `- **name** — text`; a bold name may wrap onto the next line. */
function checkNames(lines: readonly string[]): string[] {
  const bullets: string[] = [];
  for (const l of lines) {
    if (/^- /.test(l)) bullets.push(l.slice(2));
    else if (/^\s+\S/.test(l) && bullets.length) bullets[bullets.length - 1] += ` ${l.trim()}`;
    else if (l.trim() === '' || !/^\s/.test(l)) bullets.push('');
  }
  return bullets
    .map((b) => /^\*\*(.+?)\*\*/.exec(b)?.[1].replace(/\s+/g, ' ').trim())
    .filter((n): n is string => Boolean(n));
}

function splitHeadings(lines: readonly string[], marker: string): { title: string; body: string[] }[] {
  const out = [{ title: '', body: [] as string[] }];
  let fence = false;
  for (const l of lines) {
    if (l.startsWith('```')) fence = !fence;
    if (!fence && l.startsWith(marker)) out.push({ title: l.slice(marker.length).trim(), body: [] });
    else out[out.length - 1].body.push(l);
  }
  return out;
}

function joinLines(lines: readonly string[]): string {
  return lines.join('\n').trim();
}
