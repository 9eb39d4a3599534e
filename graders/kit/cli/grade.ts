// `npm test`: grades the katas (katas/ unless KATA_TARGET says otherwise),
// prints the table, writes .kata/results.json, exits 0 unless a started kata fails.
import fs from 'node:fs';
import path from 'node:path';
import { gradeKatas } from '../engine/gradeKatas';
import { stateDir } from '../paths';
import { setLanguage } from '../reporters/language';
import { useColor } from '../reporters/paint';
import { resultsJson } from '../reporters/resultsJson';
import { terminalTable } from '../reporters/terminalTable';
import { exitCode } from '../results/results';
import { parseGradeArgs, USAGE } from './parseGradeArgs';
import { quietPipe } from './quietPipe';
import { UsageError } from './usageError';

quietPipe();

async function main(): Promise<number> {
  let args: ReturnType<typeof parseGradeArgs>;
  try {
    args = parseGradeArgs(process.argv.slice(2), process.env);
  } catch (err) {
    if (err instanceof UsageError && err.exitCode === 0) {
      console.log(err.message);
      return 0;
    }
    if (err instanceof UsageError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      console.error(`${(err as Error).message}\n${USAGE}`);
      return 2;
    }
    throw err;
  }
  if (!fs.existsSync(args.target)) {
    console.error(`KATA_TARGET folder ${args.target} does not exist`);
    return 2;
  }
  setLanguage(args.lang);
  const results = await gradeKatas(args);
  fs.mkdirSync(stateDir, { recursive: true });
  fs.writeFileSync(path.join(stateDir, 'results.json'), `${JSON.stringify(resultsJson(results), null, 2)}\n`);
  if (args.resultsFile) fs.writeFileSync(path.resolve(args.resultsFile), `${JSON.stringify(results)}\n`);
  console.log(terminalTable(results, useColor()));
  return exitCode(results);
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(`gradkata could not grade: ${err instanceof Error ? err.stack : String(err)}`);
    process.exit(2);
  },
);
