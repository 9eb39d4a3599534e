import fs from 'node:fs';
import path from 'node:path';
import type { KataEntry } from '../../../catalog';
import { kataFolder, katasDir } from '../../paths';
import { type Lang, readmeName } from '../../results/lang';

// `kata hint`, `kata next` and `kata interview` read the kata's README, the
// one source of truth for the question, the hints, the follow-up questions
// and the list of what the grader checks. Each kata has one README per
// language (README.md, README.zh-CN.md) of the same shape; only the section
// headings differ, as HEADINGS says.

/** The headings the parser reads, per language (the rest of a README is free). */
export const HEADINGS: Readonly<
  Record<Lang, { hints: string; hint: string; labels: readonly string[]; followUps: string; checks: string }>
> = {
  en: {
    hints: 'Hints',
    hint: 'Hint',
    labels: ['nudge', 'approach', 'near-answer'],
    followUps: 'Follow-up questions',
    checks: 'What the grader checks',
  },
  'zh-CN': {
    hints: '提示',
    hint: '提示',
    labels: ['点拨', '思路', '接近答案'],
    followUps: '追问',
    checks: '评分检查什么',
  },
};

export interface KataReadme {
  /** The opening quote: the question as an interviewer asks it. */
  readonly question: string;
  readonly hints: readonly { readonly level: number; readonly label: string; readonly text: string }[];
  readonly followUps: readonly { readonly question: string; readonly answer: string }[];
  /** The bold property names of "What the grader checks", one per bullet. */
  readonly checks: readonly string[];
}

export function kataReadme(kata: KataEntry, dir = katasDir, lang: Lang = 'en'): KataReadme {
  return parseKataReadme(fs.readFileSync(path.join(dir, kataFolder(kata), readmeName(lang)), 'utf8'), lang);
}

export function parseKataReadme(text: string, lang: Lang = 'en'): KataReadme {
  const h = HEADINGS[lang];
  const sections = splitHeadings(text.split('\n'), '## ');
  const intro = sections.find((s) => s.title === '')?.body ?? [];
  const question = intro
    .filter((l) => l.startsWith('>'))
    .map((l) => l.replace(/^>\s?/, ''))
    .join('\n')
    .trim();
  const body = (title: RegExp): string[] => sections.find((s) => title.test(s.title))?.body ?? [];
  const exactly = (title: string) => new RegExp(`^${title}$`);
  const hintTitle = new RegExp(`^${h.hint}\\s*(\\d+)\\s*[—–-]\\s*(.+)$`);
  const hints = splitHeadings(body(exactly(h.hints)), '### ')
    .map((s) => ({ m: hintTitle.exec(s.title), text: joinLines(s.body) }))
    .filter((h) => h.m)
    .map(({ m, text: t }) => ({ level: Number(m![1]), label: m![2].trim(), text: t }));
  const followUps = splitHeadings(body(new RegExp(`^${h.followUps}`)), '### ')
    .filter((s) => s.title !== '')
    .map((s) => ({ question: s.title, answer: joinLines(s.body) }));
  return { question, hints, followUps, checks: checkNames(body(exactly(h.checks))) };
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
