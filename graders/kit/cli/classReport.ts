// `npm run class-report -- <results…> [--html out.html] [--lang zh-CN]`: reads
// the results of a class (results.json / artifact.json files, or folders
// holding them, e.g. downloaded from the class's workflow runs) and writes one
// self-contained HTML page of what the class got wrong, in --lang (else
// KATA_LANG, else the locale, else English). Exits 0 with a page, 1 when no
// file held results (the page says so), 2 for a command line it cannot take.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { classReportHtml } from '../report/classReportHtml';
import { readClassInputs } from '../report/classReportInputs';
import { t } from '../report/words';
import { setLanguage } from '../reporters/language';
import { resolveLang } from '../results/lang';
import { exitWith } from './exitWith';
import { UsageError } from './usageError';

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  try {
    // First, so that everything below, the usage too, speaks the language.
    setLanguage(resolveLang(langFlag(argv), process.env));
  } catch (err) {
    console.error(`class-report: ${(err as Error).message}`);
    return 2;
  }
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (err) {
    const code = err instanceof UsageError ? err.exitCode : 2;
    const usage = t('class.usage');
    (code === 0 ? console.log : console.error)(
      err instanceof UsageError && code === 0 ? usage : `${(err as Error).message}\n${usage}`,
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
    t('class.cli.read', {
      students: inputs.students.length,
      inputs: read,
      skipped: inputs.skipped.length,
      duplicates: inputs.duplicates.length,
    }),
  );
  for (const s of inputs.skipped) console.log(`  ${t('class.cli.skipped', { file: s.file, reason: s.reason })}`);
  for (const d of inputs.duplicates)
    console.log(`  ${t('class.cli.duplicate', { file: d.file, of: d.of, why: d.why })}`);
  console.log(t('class.cli.wrote', { file: out }));
  if (inputs.students.length === 0) {
    console.error(t('class.cli.no-results'));
    return 1;
  }
  return 0;
}

function parse(argv: string[]): { files: string[]; html: string } {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { html: { type: 'string' }, lang: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) throw new UsageError('', 0);
  if (positionals.length === 0) throw new UsageError(t('class.cli.no-input'));
  if (values.html === '') throw new UsageError(t('class.cli.no-html'));
  return { files: positionals, html: values.html ?? 'class-report.html' };
}

/** `--lang X` or `--lang=X`, read before the rest of the line (which may not parse). */
function langFlag(argv: readonly string[]): string | undefined {
  let lang: string | undefined;
  argv.forEach((a, i) => {
    if (a === '--lang') lang = argv[i + 1];
    else if (a.startsWith('--lang=')) lang = a.slice('--lang='.length);
  });
  return lang;
}

exitWith(main, 'class-report');
