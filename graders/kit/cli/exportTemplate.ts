// `npm run export:template -- <dir>`: writes the repository a class receives
// (README, "For instructors"): the katas, the graders with their oracles and
// mistakes, the engine, the kata CLI, the reporters and the workflows, and
// none of the answers — no solutions/, no wrong variants, no alternatives,
// none of the tests that prove the graders against them (templateFiles.ts).
// Its own npm test, npx kata, npm run verify and PR grading work there; the
// proof of the graders stays here, with the answers.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { catalog } from '../../catalog';
import { learnerFile, repoRoot } from '../paths';
import { pristineSource } from '../proof/pristineSource';
import { exitWith } from './exitWith';
import { templateFiles, templatePackageJson } from './templateFiles';

const USAGE = 'usage: npm run export:template -- <dir>   (a new or empty folder: the class template)';

/** This checkout's files as they are (untracked ones not ignored included), and which of them the template gets. */
export function exportTemplate(dir: string): { kept: string[]; leftOut: { path: string; why: string }[] } {
  if (fs.existsSync(dir) && fs.readdirSync(dir).length > 0)
    throw new Error(`${dir} is not empty: give a new or empty folder`);
  const files = execFileSync('git', ['-C', repoRoot, 'ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  })
    .split('\0')
    .filter((f) => f && fs.statSync(path.join(repoRoot, f), { throwIfNoEntry: false })?.isFile());
  const read = (f: string) => fs.readFileSync(path.join(repoRoot, f), 'utf8');
  const split = templateFiles(files, read);
  for (const f of split.kept) {
    const to = path.join(dir, f);
    fs.mkdirSync(path.dirname(to), { recursive: true });
    if (f === 'package.json') fs.writeFileSync(to, templatePackageJson(read(f), split.leftOut));
    else fs.cpSync(path.join(repoRoot, f), to);
  }
  // The katas as a student starts them, whatever this checkout's katas/ holds (the instructor's own attempts).
  for (const kata of catalog) fs.writeFileSync(learnerFile(path.join(dir, 'katas'), kata), pristineSource(kata));
  return split;
}

async function main(): Promise<number> {
  const [dir, ...rest] = process.argv.slice(2);
  if (!dir || rest.length > 0 || dir === '--help' || dir === '-h') {
    console.error(USAGE);
    return dir === '--help' || dir === '-h' ? 0 : 2;
  }
  // npm runs a script in the package's folder; the folder given is the caller's.
  const to = path.resolve(process.env.INIT_CWD ?? process.cwd(), dir);
  const { kept, leftOut } = exportTemplate(to);
  const count = new Map<string, number>();
  for (const l of leftOut) count.set(l.why, (count.get(l.why) ?? 0) + 1);
  console.log(`wrote ${kept.length} files to ${to}; left out ${leftOut.length}:`);
  for (const [why, n] of count) console.log(`  ${String(n).padStart(4)}  ${why}`);
  console.log(
    `next: cd ${dir} && git init -b main && git add -A && git commit -m "gradkata template", push it to a new repository, tick Settings → Template repository, and set its rules (README, "For instructors")`,
  );
  return 0;
}

if (require.main === module) exitWith(main, 'export:template');
