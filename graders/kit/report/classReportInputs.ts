import fs from 'node:fs';
import path from 'node:path';
import { type ClassSubmission, parseClassFile } from './classReportParse';
import { t } from './words';

/** A student: one graded submission, and the file it was read from. */
export interface ClassStudent extends ClassSubmission {
  readonly file: string;
}

export interface ClassInputs {
  readonly students: readonly ClassStudent[];
  /** Files (or arguments) that hold no results, with why. */
  readonly skipped: readonly { readonly file: string; readonly reason: string }[];
  /** Files that are a student already counted: `of` is that student's file. */
  readonly duplicates: readonly { readonly file: string; readonly of: string; readonly why: string }[];
}

/** The names grading writes; any other file is read only when named on its own. */
const [first, second] = ['results.json', 'artifact.json'];
export const RESULT_FILE_NAMES: ReadonlySet<string> = new Set([first, second]);
const MAX_BYTES = 32 << 20;
const NOT_SEARCHED = new Set(['node_modules', '.git']);

/**
 * Every results file among `args` (files, or folders searched for
 * results.json and artifact.json), one student each. A student is one graded
 * submission: the commit an artifact names, else the grading run itself
 * (classReportParse.ts); the same file given twice, a copy of it, or a
 * results.json next to the artifact.json of the same run is counted once and
 * listed as a duplicate. `display` turns a path into what the page shows.
 */
export function readClassInputs(args: readonly string[], display: (file: string) => string = (f) => f): ClassInputs {
  const students: ClassStudent[] = [];
  const skipped: { file: string; reason: string }[] = [];
  const duplicates: { file: string; of: string; why: string }[] = [];
  const byCommit = new Map<string, ClassStudent>();
  const byRun = new Map<string, ClassStudent>();
  const read = new Map<string, string>();
  for (const file of args.flatMap((a) => expand(a, skipped, display))) {
    const shown = display(file);
    const real = realPath(file);
    const first = read.get(real);
    if (first !== undefined) {
      duplicates.push({ file: shown, of: first, why: t('input.same-file') });
      continue;
    }
    read.set(real, shown);
    const bytes = readAtMost(file, MAX_BYTES);
    if (typeof bytes === 'string') {
      skipped.push({ file: shown, reason: bytes });
      continue;
    }
    const parsed = parseClassFile(bytes);
    if (!parsed.ok) {
      skipped.push({ file: shown, reason: parsed.reason });
      continue;
    }
    const s = parsed.submission;
    const same = (s.commit && byCommit.get(s.commit)) || byRun.get(s.run);
    if (same) {
      duplicates.push({
        file: shown,
        of: same.file,
        why:
          s.commit && same.commit === s.commit
            ? t('input.same-commit', { commit: s.commit.slice(0, 7) })
            : t('input.same-run'),
      });
      continue;
    }
    const student: ClassStudent = { ...s, file: shown };
    students.push(student);
    if (s.commit) byCommit.set(s.commit, student);
    byRun.set(s.run, student);
  }
  return { students, skipped, duplicates };
}

function expand(arg: string, skipped: { file: string; reason: string }[], display: (f: string) => string): string[] {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(arg);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    skipped.push({
      file: display(arg),
      reason: code === 'ENOENT' ? t('input.missing') : t('input.unreadable', { code: code ?? String(err) }),
    });
    return [];
  }
  if (stat.isFile()) return [arg];
  if (!stat.isDirectory()) {
    skipped.push({ file: display(arg), reason: t('input.not-file-or-folder') });
    return [];
  }
  const found = resultFiles(arg, skipped, display);
  if (found.length === 0)
    skipped.push({ file: display(arg), reason: t('input.no-results-in-folder', { first, second }) });
  return found;
}

/** results.json and artifact.json anywhere under `dir` (dot folders included: npm test writes .kata/results.json), sorted. */
function resultFiles(
  dir: string,
  skipped: { file: string; reason: string }[],
  display: (f: string) => string,
): string[] {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  } catch (err) {
    skipped.push({
      file: display(dir),
      reason: t('input.unreadable', { code: (err as NodeJS.ErrnoException).code ?? String(err) }),
    });
    return [];
  }
  return entries.flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return NOT_SEARCHED.has(e.name) ? [] : resultFiles(p, skipped, display);
    return e.isFile() && RESULT_FILE_NAMES.has(e.name) ? [p] : [];
  });
}

/** The file's bytes, or why not. */
function readAtMost(file: string, max: number): Buffer | string {
  try {
    if (fs.statSync(file).size > max) return t('input.too-large', { mib: max >> 20 });
    return fs.readFileSync(file);
  } catch (err) {
    return t('input.unreadable', { code: (err as NodeJS.ErrnoException).code ?? String(err) });
  }
}

function realPath(file: string): string {
  try {
    return fs.realpathSync(file);
  } catch {
    return path.resolve(file);
  }
}
