import { catalog } from '../../catalog';
import { kataFolder } from '../paths';
import { type Message, msg } from '../results/message';
import { render } from '../results/translate';

/** What grading does with one file a pull request changed. */
export type PathVerdict =
  | { readonly use: 'head'; readonly slug: string }
  | {
      readonly use: 'base';
      /** Why, in English; `why` is the same sentence as data, for the comment in the class's language. */
      readonly reason: string;
      readonly why: Message;
      readonly protected: boolean;
      readonly what: Message;
    };

// Only a learner's kata folders come from the PR. Everything that decides a
// grade — graders, solutions, katas/lib (the graders import its shape
// helpers), package files, configs, workflows and hooks — comes from the
// base commit whatever the PR says, and a change to it is flagged.
const PROTECTED: readonly (readonly [RegExp, string])[] = [
  [/^(graders|solutions)\//, 'grading-code'],
  [/^katas\/lib\//, 'katas-lib'],
  [
    /^(package\.json|package-lock\.json|npm-shrinkwrap\.json|\.npmrc|\.nvmrc|tsconfig[^/]*\.json|[^/]*\.config\.[cm]?[jt]s|vitest[^/]*\.m?[jt]s)$/,
    'build-config',
  ],
  [/^(\.github|\.husky|\.ci)\//, 'workflows'],
];

const kataFolders = new Map(catalog.map((k) => [kataFolder(k), k.slug]));

export function pathPolicy(file: string): PathVerdict {
  const m = /^katas\/([^/]+)\/[^/]/.exec(file);
  if (m && m[1] !== 'lib') {
    const slug = kataFolders.get(m[1]);
    return slug ? { use: 'head', slug } : unused(msg('ignored.not-a-kata-here'));
  }
  for (const [pattern, id] of PROTECTED) {
    const what = msg(`ignored.what.${id}`);
    if (pattern.test(file)) return { use: 'base', ...because(msg('ignored.base', { what })), protected: true, what };
  }
  return unused(msg('ignored.not-part'));
}

function unused(what: Message): PathVerdict {
  return { use: 'base', ...because(what), protected: false, what };
}

/** The reason a change is not used, as data and in English (what results.json and the logs say). */
export function because(why: Message): { readonly reason: string; readonly why: Message } {
  return { reason: render('en', why), why };
}
