// The comment job's one step (.github/workflows/comment.yml): reads the
// grading run's artifact, checks it, renders the comment with this (trusted)
// checkout's code and creates or updates the one gradkata comment on the PR.
// `--dry-run` prints the comment instead. The comment is in the class's
// language: `--lang`, else KATA_LANG (the workflow passes the repository
// variable), else English.

import fs from 'node:fs';
import path from 'node:path';
import * as github from '@actions/github';
import { type CommentApi, upsertComment } from '../pr/upsertComment';
import { validatePrResults } from '../pr/validatePrResults';
import { setLanguage } from '../reporters/language';
import { markdownComment } from '../reporters/markdownComment';
import { resolveLang } from '../results/lang';
import { exitWith } from './exitWith';

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const dryRun = args.includes('--dry-run');
  const langAt = args.indexOf('--lang');
  const where = args.find((a, i) => !a.startsWith('--') && (langAt < 0 || i !== langAt + 1));
  if (!where) {
    console.error(
      'usage: node -r ts-node/register graders/kit/cli/commentPr.ts ARTIFACT_DIR_OR_FILE [--dry-run] [--lang en|zh-CN]',
    );
    return 2;
  }
  setLanguage(resolveLang(langAt < 0 ? undefined : args[langAt + 1], process.env));
  const file = fs.statSync(where).isDirectory() ? path.join(where, 'artifact.json') : where;
  const pr = validatePrResults(fs.readFileSync(file, 'utf8'));
  const body = markdownComment(pr);
  if (dryRun) {
    console.log(body);
    return 0;
  }
  const { GITHUB_TOKEN: token, GITHUB_REPOSITORY: nwo, HEAD_SHA: headSha } = process.env;
  if (!token || !nwo || !headSha || pr.pullRequest === undefined) {
    console.error(
      'commentPr needs GITHUB_TOKEN, GITHUB_REPOSITORY, HEAD_SHA (the workflow_run head) and a PR number in the artifact',
    );
    return 2;
  }
  const [owner, repo] = nwo.split('/');
  const api = github.getOctokit(token).rest as unknown as CommentApi;
  const { id, updated } = await upsertComment(api, { owner, repo, pullRequest: pr.pullRequest, headSha }, body);
  console.log(`${updated ? 'updated' : 'created'} comment ${id} on #${pr.pullRequest}`);
  return 0;
}

exitWith(main, 'commentPr', 1);
