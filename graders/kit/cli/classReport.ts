// `npm run class-report -- <results…> [--html out.html]`: reads the results
// of a class (results.json / artifact.json files, or folders holding them, e.g.
// downloaded from the class's workflow runs) and writes one self-contained
// HTML page of what the class got wrong. Exits 0 with a page, 1 when no file
// held results (the page says so), 2 for a command line it cannot take.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { classReportHtml } from '../report/classReportHtml';
import { readClassInputs } from '../report/classReportInputs';
import { exitWith } from './exitWith';
import { UsageError } from './usageError';

const USAGE = `usage: npm run class-report -- <results.json | artifact.json | folder>… [--html class-report.html]

  Folders are searched for results.json and artifact.json (what grading writes);
  name any other file on its own. Each student counts once: the commit an
  artifact names, else the grading run itself.`;

async function main(): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(process.argv.slice(2));
  } catch (err) {
    const code = err instanceof UsageError ? err.exitCode : 2;
    (code === 0 ? console.log : console.error)(
      err instanceof UsageError && code === 0 ? USAGE : `${(err as Error).message}\n${USAGE}`,
    );
    return code;
  }
  // npm runs a script from the package's root; the paths were typed where npm was started.
  const from = process.env.INIT_CWD ?? process.cwd();
  const shown = (file: string): string => {
    const rel = path.relative(from, file);
    return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
  };
  const inputs = readClassInputs(
    parsed.files.map((f) => path.resolve(from, f)),
    shown,
  );
  const out = path.resolve(from, parsed.html);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, classReportHtml(inputs));
  const read = inputs.students.length + inputs.skipped.length + inputs.duplicates.length;
  console.log(
    `class report: ${inputs.students.length} student(s) from ${read} input(s); ${inputs.skipped.length} skipped, ${inputs.duplicates.length} duplicate(s)`,
  );
  for (const s of inputs.skipped) console.log(`  skipped ${s.file}: ${s.reason}`);
  for (const d of inputs.duplicates) console.log(`  duplicate ${d.file}: the student of ${d.of} (${d.why})`);
  console.log(`wrote ${out}`);
  if (inputs.students.length === 0) {
    console.error('no results among the inputs: give the results.json or artifact.json files that grading writes');
    return 1;
  }
  return 0;
}

function parse(argv: string[]): { files: string[]; html: string } {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { html: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) throw new UsageError('', 0);
  if (positionals.length === 0) throw new UsageError('class-report: give at least one results file or folder');
  if (values.html === '') throw new UsageError('class-report: --html needs a file name');
  return { files: positionals, html: values.html ?? 'class-report.html' };
}

exitWith(main, 'class-report');
