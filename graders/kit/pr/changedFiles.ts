import { execFileSync } from 'node:child_process';

export interface ChangedFile {
  readonly path: string;
  /** git's status letter: A, M, D, T. */
  readonly status: string;
  /** Mode and blob at the head ('000000' and no blob when deleted). */
  readonly mode: string;
  readonly blob?: string;
}

/**
 * The files a PR changes: head against its merge base with base, as GitHub's
 * "Files changed" shows; with `direct`, every file whose head version is not
 * base's (the pinned graders against the student's head: all they differ in,
 * whoever changed it, on whichever branch).
 */
export function changedFiles(repo: string, base: string, head: string, direct = false): ChangedFile[] {
  const raw = execFileSync(
    'git',
    [
      '-C',
      repo,
      'diff',
      '--raw',
      '-z',
      '--no-renames',
      '--no-abbrev',
      direct ? base : `${base}...${head}`,
      ...(direct ? [head] : []),
    ],
    { encoding: 'utf8', maxBuffer: 64 << 20 },
  );
  const fields = raw.split('\0');
  const out: ChangedFile[] = [];
  for (let i = 0; i + 1 < fields.length; i += 2) {
    // ":100644 100644 <old> <new> M" then the path.
    const [, newMode, , newBlob, status] = fields[i].slice(1).split(' ');
    out.push({ path: fields[i + 1], status, mode: newMode, blob: status === 'D' ? undefined : newBlob });
  }
  return out;
}
