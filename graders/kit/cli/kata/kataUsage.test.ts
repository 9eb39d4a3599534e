import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KATA_USAGE } from './kataUsage';

// `kata help` is the learner's reference: every command runKata dispatches,
// and every option each command parses, must be in it. Read from the source,
// so a new option without its line in the usage fails here.
const source = (file: string): string => fs.readFileSync(path.join(__dirname, file), 'utf8');

/** command → the function runKata calls for it, from its switch. */
function commands(): Map<string, string> {
  const found = [...source('runKata.ts').matchAll(/case '([a-z]+)':\s*return await (\w+)\(/g)];
  return new Map(found.map((m) => [m[1], m[2]]));
}

/** The long options a command's file parses: its parseArgs options, and npm test's when it uses parseGradeArgs. */
function optionsOf(fn: string): string[] {
  const files = [`${fn}.ts`];
  if (/\bparseGradeArgs\(/.test(source(files[0]))) files.push('../parseGradeArgs.ts');
  return files.flatMap((f) =>
    [...source(f).matchAll(/options:\s*\{([\s\S]*?)\}\s*,?\s*\}\)/g)].flatMap((block) =>
      [...block[1].matchAll(/(\w+):\s*\{\s*type:/g)].map((m) => m[1]),
    ),
  );
}

/** The usage lines of one command: its own line and the indented ones under it. */
function usageOf(command: string): string {
  const lines = KATA_USAGE.split('\n');
  const start = lines.findIndex((l) => l.startsWith(`  ${command} `) || l === `  ${command}`);
  if (start < 0) return '';
  const end = lines.findIndex((l, i) => i > start && /^ {2}\S/.test(l));
  return lines.slice(start, end < 0 ? undefined : end).join('\n');
}

describe('kata help', () => {
  it('finds the commands and their options in the source', () => {
    expect([...commands().keys()]).toEqual(expect.arrayContaining(['test', 'interview', 'solution']));
    expect(optionsOf('kataInterview')).toContain('kata');
    expect(optionsOf('kataTest')).toEqual(expect.arrayContaining(['seed', 'only', 'shard']));
  });

  it('lists every command, and under it every option the command parses', () => {
    const missing: string[] = [];
    for (const [command, fn] of commands()) {
      const usage = usageOf(command);
      if (!usage) missing.push(command);
      // --help is answered with the usage itself, so it needs no line of its own.
      for (const option of optionsOf(fn).filter((o) => o !== 'help'))
        if (!usage.includes(`--${option}`)) missing.push(`${command} --${option}`);
    }
    expect(missing).toEqual([]);
  });
});
