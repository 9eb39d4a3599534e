import type { KataEntry } from '../../../catalog';

// graders/kit/paths.ts for the browser: the same names without node:path or
// __dirname. Browser tests import graders and solutions directly, so only
// the names that format a learner's location are ever used.

export const repoRoot = '/';
export const kataFolder = (kata: KataEntry): string => `${kata.number}-${kata.slug}`;
export const learnerFile = (targetDir: string, kata: KataEntry): string =>
  `${targetDir}/${kataFolder(kata)}/${kata.slug}.ts`;
export const graderFile = (kata: KataEntry): string => `/graders/${kataFolder(kata)}/grader.ts`;
export const variantsDir = (kata: KataEntry): string => `/graders/${kataFolder(kata)}/variants`;
export const katasDir = '/katas';
export const solutionsDir = '/solutions';
export const learnerLibDir = '/katas/lib';
export const stateDir = '/.kata';
export const resolveTarget = (value: string | undefined): string =>
  !value || value === 'katas' ? katasDir : value === 'solutions' ? solutionsDir : value;
export const displayPath = (file: string): string => file.replace(/^\//, '');
