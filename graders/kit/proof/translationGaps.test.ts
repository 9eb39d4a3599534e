import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RepositoryCopy, repositoryCopy } from './repositoryCopy';

// The completeness checks can fail: in a copy of the repository, a kata's
// Chinese README is removed, a misconception and a message lose their
// Chinese, and one of the kit's words loses its Chinese; the project's own
// tests (what npm run verify runs) must fail on each, naming it.
let repository: RepositoryCopy;
let out = '';
let code: number | null = 0;

const editJson = (file: string, edit: (json: Record<string, Record<string, string>>) => void): void => {
  const json = JSON.parse(fs.readFileSync(file, 'utf8'));
  edit(json);
  fs.writeFileSync(file, JSON.stringify(json, null, 2));
};

beforeAll(() => {
  repository = repositoryCopy('gradkata-translation-gaps-');
  const dir = repository.dir;
  fs.rmSync(path.join(dir, 'katas', '00-matmul', 'README.zh-CN.md'));
  editJson(path.join(dir, 'graders', '13-attention', 'zh-CN.json'), (t) => {
    delete t.misconceptions['mask-ignored'];
  });
  editJson(path.join(dir, 'graders', '21-ring-allreduce', 'zh-CN.json'), (t) => {
    delete t.messages['should-be'];
  });
  editJson(path.join(dir, 'graders', 'kit', 'results', 'locales', 'zh-CN.json'), (t) => {
    delete (t as unknown as Record<string, string>)['status.passed'];
  });
  ({ code, out } = repository.vitest([
    'graders/kit/proof/translations.test.ts',
    'graders/kit/results/locales.test.ts',
  ]));
}, 120_000);
afterAll(() => repository?.remove());

describe('a missing translation fails verify', () => {
  it('fails the run', () => expect(code, out.slice(-2000)).not.toBe(0));
  it("names a kata's missing README", () => expect(out).toMatch(/00-matmul\/README\.zh-CN\.md is missing/));
  it('names the misconception and the message without Chinese', () => {
    expect(out).toMatch(/mask-ignored/);
    expect(out).toMatch(/should-be/);
  });
  it("names the kit's word without Chinese", () => expect(out).toMatch(/status\.passed/));
});
