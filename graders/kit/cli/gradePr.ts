// `npm run grade:pr -- --base <ref> --head <ref>`: grades a pull request the
// way .github/workflows/grade.yml does, and leaves the same files in --out.
// `--graders root|<repo>@<sha>` takes everything that decides the grade from
// that pinned source instead of the base, and `--repo DIR` grades a student's
// clone from this checkout: an instructor's graders the student never touched.
// On GitHub Actions it also sets the `result` output (Classroom), writes the
// job summary and annotates the learner's lines.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { repoRoot } from '../paths';
import { gradePullRequest } from '../pr/gradePullRequest';
import { publishOnGitHub } from '../pr/publishOnGitHub';
import { writePrOutputs } from '../pr/writePrOutputs';
import { setLanguage } from '../reporters/language';
import { resolveLang } from '../results/lang';
import { exitCode } from '../results/results';
import { exitWith } from './exitWith';

const USAGE = `usage: npm run grade:pr -- --head <ref> [--base <ref>] [--graders root|root:<ref>|<repo>@<sha>|base] [--repo DIR]
                          [--out DIR] [--pr N] [--timeout SECONDS] [--seed N] [--shard I/N] [--lang L]
  --base     the PR's base; without --graders its graders grade (a repository whose base the student cannot write)
  --graders  where everything that decides the grade comes from: the template's root commit, or a grader
             repository's commit (owner/name, a URL or a path, @ a full sha); grading refuses if it cannot be had
  --repo     the git repository holding base and head (default: this checkout), e.g. a student's clone
  --lang     the language of the comment and the job summary: en or zh-CN (default KATA_LANG, else the locale)`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      base: { type: 'string' },
      head: { type: 'string' },
      graders: { type: 'string' },
      repo: { type: 'string' },
      out: { type: 'string' },
      pr: { type: 'string' },
      timeout: { type: 'string' },
      seed: { type: 'string' },
      shard: { type: 'string' },
      lang: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  setLanguage(resolveLang(values.lang, process.env));
  const pinned = values.graders !== undefined && values.graders !== 'base';
  if (values.help || !values.head || !(values.base || pinned)) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  // npm runs a script in the package's folder; a --repo given is the caller's.
  const repo = values.repo ? path.resolve(process.env.INIT_CWD ?? process.cwd(), values.repo) : repoRoot;
  const outDir = path.resolve(values.out ?? path.join(repoRoot, '.kata', 'pr'));
  const pr = await gradePullRequest({
    repo,
    base: values.base,
    head: values.head,
    graders: values.graders,
    pullRequest: values.pr ? Number(values.pr) : undefined,
    timeoutSeconds: values.timeout ? Number(values.timeout) : undefined,
    seed: values.seed ? Number(values.seed) : undefined,
    shard: values.shard,
    log: (chunk) => process.stdout.write(chunk),
  });
  const atHead = (file: string): string | undefined => {
    try {
      return execFileSync('git', ['-C', repo, 'show', `${pr.head}:${file}`], { encoding: 'utf8' });
    } catch {
      return undefined;
    }
  };
  const outputs = writePrOutputs(outDir, pr, atHead);
  if (pr.error && !pr.results) console.error(`gradkata: ${pr.error}`);
  for (const c of pr.ignored.filter((i) => i.protected)) console.log(`not used for grading: ${c.path} (${c.reason})`);
  console.log(
    `\nPR outputs in ${path.relative(process.cwd(), outDir) || '.'}: results.json artifact.json comment.md classroom.json annotations.json`,
  );
  await publishOnGitHub(pr, outputs);
  return pr.results ? exitCode(pr.results) : 2;
}

exitWith(main, 'grade:pr');
