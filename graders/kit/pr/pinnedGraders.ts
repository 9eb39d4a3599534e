import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { git } from './git';

/** The commit whose graders, katas/lib, package files and configs grade, and how to name it to a learner. */
export interface PinnedGraders {
  readonly commit: string;
  readonly label: string;
}

/** The pinned graders could not be had: grading refuses, and says this. */
export class PinUnavailable extends Error {
  override readonly name = 'PinUnavailable';
}

/**
 * `--graders`, the source of everything that decides a grade, one the
 * student cannot write:
 * - `root` (or `root:<ref>`): the template's own commit, recorded when
 *   GitHub made the repository from the template: the single root commit of
 *   `<ref>` (default: the base). It stays the template's only while the
 *   default branch cannot be force-pushed.
 * - `<repo>@<sha>`: a commit of a grader repository the instructor names —
 *   `owner/name` on GitHub, a URL, or a local path — fetched into `repo`.
 *   A sha, not a branch: a branch can move.
 */
export function resolvePin(repo: string, spec: string, base: string): PinnedGraders {
  const root = /^root(?::(.+))?$/.exec(spec);
  if (root) return rootCommit(repo, root[1] ?? base);
  const at = spec.lastIndexOf('@');
  if (at <= 0) {
    throw new PinUnavailable(
      `"${spec}" is not a graders pin: give root, root:<ref>, or <repository>@<commit sha> (owner/name, a URL or a path)`,
    );
  }
  const source = spec.slice(0, at);
  const sha = spec.slice(at + 1).toLowerCase();
  if (!/^[0-9a-f]{40}$/.test(sha)) {
    throw new PinUnavailable(
      `the pinned graders must be named by a full commit sha (40 hex digits), not "${sha}": a branch or tag can move`,
    );
  }
  const label = `${source}@${sha.slice(0, 7)}`;
  if (!hasCommit(repo, sha)) {
    const url =
      /^[\w.-]+\/[\w.-]+$/.test(source) && !fs.existsSync(source) ? `https://github.com/${source}.git` : source;
    try {
      execFileSync('git', ['-C', repo, 'fetch', '--quiet', '--no-tags', url, sha], {
        stdio: ['ignore', 'ignore', 'pipe'],
        encoding: 'utf8',
        timeout: 120_000,
      });
    } catch (err) {
      const why = String((err as { stderr?: string }).stderr ?? (err as Error).message)
        .trim()
        .split('\n')
        .filter(Boolean)
        .pop();
      throw new PinUnavailable(`could not fetch the pinned graders ${label} from ${url}: ${why ?? 'git fetch failed'}`);
    }
    if (!hasCommit(repo, sha))
      throw new PinUnavailable(`${url} has no commit ${sha}: the pinned graders ${label} are not there`);
  }
  return checked(repo, { commit: sha, label });
}

function rootCommit(repo: string, ref: string): PinnedGraders {
  let roots: string[];
  try {
    roots = git(repo, 'rev-list', '--max-parents=0', `${ref}^{commit}`).split('\n').filter(Boolean);
  } catch {
    throw new PinUnavailable(`the template's commit cannot be found: ${ref} is not a commit here`);
  }
  if (roots.length !== 1) {
    throw new PinUnavailable(
      `the template's commit cannot be told: the history of ${ref} has ${roots.length} root commits (another history was merged into it), where a repository made from the template has one`,
    );
  }
  return checked(repo, { commit: roots[0], label: `the template's commit ${roots[0].slice(0, 7)} (the root commit)` });
}

/** A pin is of use only if it holds graders and the engine: a commit of a gradkata repository. */
function checked(repo: string, pin: PinnedGraders): PinnedGraders {
  for (const f of ['package.json', 'package-lock.json', 'graders/catalog.ts', 'graders/kit/cli/grade.ts']) {
    if (!hasObject(repo, `${pin.commit}:${f}`))
      throw new PinUnavailable(`the pinned graders ${pin.label} have no ${f}: not a commit of a gradkata repository`);
  }
  return pin;
}

/**
 * Grading runs the pinned commit's code with the packages installed in
 * `nodeModules`: they must be what the pin's lockfile installs, or a
 * lockfile the student edited (or just an older one) would decide the grade.
 */
export function checkInstalled(repo: string, pin: PinnedGraders, nodeModules: string): void {
  const lockfile = path.join(path.dirname(nodeModules), 'package-lock.json');
  const installed = fs.existsSync(lockfile) ? fs.readFileSync(lockfile, 'utf8') : undefined;
  if (installed?.trim() !== git(repo, 'show', `${pin.commit}:package-lock.json`)) {
    throw new PinUnavailable(
      `the packages in ${nodeModules} were not installed from the package-lock.json of the pinned graders ${pin.label}: run npm ci in a checkout of that commit and grade from there`,
    );
  }
}

function hasCommit(repo: string, sha: string): boolean {
  return hasObject(repo, `${sha}^{commit}`);
}

function hasObject(repo: string, name: string): boolean {
  try {
    execFileSync('git', ['-C', repo, 'cat-file', '-e', name], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
