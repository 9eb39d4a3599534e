// `npm run bench -- --size [--at <commit>]`: how big each kata's grading is:
// files and lines of its grader folder (variants and alternatives included)
// against the lines of its solution, at the working tree or at any commit
// (for the README's before → after).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { catalog } from '../../catalog';
import { kataFolder, repoRoot } from '../paths';

const git = (...args: string[]): string =>
  execFileSync('git', ['-C', repoRoot, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });

const lines = (text: string): number => (text.match(/\n/g) ?? []).length;

/** Files of a folder at a commit (tracked), or in the working tree (tracked and new). */
function filesOf(folder: string, at?: string): string[] {
  const out = at
    ? git('ls-tree', '-r', '--name-only', at, '--', folder)
    : git('ls-files', '--cached', '--others', '--exclude-standard', '--', folder);
  return out.split('\n').filter((f) => f.endsWith('.ts') && (at !== undefined || existsSync(`${repoRoot}/${f}`)));
}

const read = (file: string, at?: string): string =>
  at ? git('show', `${at}:${file}`) : readFileSync(`${repoRoot}/${file}`, 'utf8');

export interface KataSize {
  readonly kata: string;
  readonly files: number;
  readonly lines: number;
  /** Of those lines: the grader's own code (no tests, variants or alternatives). */
  readonly support: number;
  /** Wrong variants (whole copies before kit v2, edits after) and alternatives. */
  readonly variants: number;
  readonly tests: number;
  readonly solution: number;
}

const isVariant = (f: string): boolean => /\/(variants|alternatives)\//.test(f) || f.endsWith('/variants.ts');
const isTest = (f: string): boolean => f.endsWith('.test.ts');

export function kataSizes(at?: string): KataSize[] {
  return catalog.flatMap((k) => {
    const folder = `graders/${kataFolder(k)}`;
    const files = filesOf(folder, at);
    if (files.length === 0) return [];
    const solution = `solutions/${kataFolder(k)}/${k.slug}.ts`;
    const count = (keep: (f: string) => boolean): number =>
      files.filter(keep).reduce((sum, f) => sum + lines(read(f, at)), 0);
    return [
      {
        kata: `${k.number} ${k.slug}`,
        files: files.length,
        lines: count(() => true),
        support: count((f) => !isVariant(f) && !isTest(f)),
        variants: count(isVariant),
        tests: count(isTest),
        solution: lines(read(solution, at)),
      },
    ];
  });
}
