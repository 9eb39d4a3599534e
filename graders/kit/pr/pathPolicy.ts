import { catalog } from '../../catalog';
import { kataFolder } from '../paths';

/** What grading does with one file a pull request changed. */
export type PathVerdict =
  | { readonly use: 'head'; readonly slug: string }
  | { readonly use: 'base'; readonly reason: string; readonly protected: boolean };

// Only a learner's kata folders come from the PR. Everything that decides a
// grade — graders, solutions, katas/lib (the graders import its shape
// helpers), package files, configs, workflows and hooks — comes from the
// base commit whatever the PR says, and a change to it is flagged.
const PROTECTED: readonly (readonly [RegExp, string])[] = [
  [/^(graders|solutions)\//, 'grading code'],
  [/^katas\/lib\//, 'the katas library (the graders use it too)'],
  [
    /^(package\.json|package-lock\.json|npm-shrinkwrap\.json|\.npmrc|\.nvmrc|tsconfig[^/]*\.json|[^/]*\.config\.[cm]?[jt]s|vitest[^/]*\.m?[jt]s)$/,
    'build and test configuration',
  ],
  [/^(\.github|\.husky|\.ci)\//, 'workflows and hooks'],
];

const kataFolders = new Map(catalog.map((k) => [kataFolder(k), k.slug]));

export function pathPolicy(file: string): PathVerdict {
  const m = /^katas\/([^/]+)\/[^/]/.exec(file);
  if (m && m[1] !== 'lib') {
    const slug = kataFolders.get(m[1]);
    return slug
      ? { use: 'head', slug }
      : { use: 'base', reason: 'not a kata this repository grades', protected: false };
  }
  for (const [pattern, what] of PROTECTED) {
    if (pattern.test(file)) return { use: 'base', reason: `${what}: graded with the base version`, protected: true };
  }
  return { use: 'base', reason: 'not part of any kata', protected: false };
}
