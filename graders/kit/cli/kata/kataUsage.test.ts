import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KATA_USAGE, KATA_USAGE_ZH_CN, kataUsage } from './kataUsage';
import { runKata } from './runKata';
import { testContext } from './testContext';

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
function usageOf(command: string, usage = KATA_USAGE): string {
  const lines = usage.split('\n');
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

  it('in Chinese lists the same commands, each with the same options, and the same global options', () => {
    const listed = (usage: string) => [...usage.matchAll(/^ {2}([a-z]+|--lang)(?= |$)/gm)].map((m) => m[1]);
    const options = (text: string) => [...new Set(text.match(/--[a-z]+/g))].sort();
    expect(listed(KATA_USAGE_ZH_CN)).toEqual(listed(KATA_USAGE));
    expect(listed(KATA_USAGE)).toEqual(expect.arrayContaining([...commands().keys()].filter((c) => c !== 'help')));
    for (const command of listed(KATA_USAGE))
      expect(options(usageOf(command, KATA_USAGE_ZH_CN)), command).toEqual(options(usageOf(command)));
    expect(options(KATA_USAGE_ZH_CN)).toEqual(options(KATA_USAGE));
    // Each description starts where the English one does: after the command and the gap.
    const starts = (usage: string) =>
      usage.split('\n').map((l) => /^( {2}\S+(?: \S+)*? {2,})\S/.exec(l)?.[1].length ?? 0);
    expect(starts(KATA_USAGE_ZH_CN)).toEqual(starts(KATA_USAGE));
    expect(kataUsage('zh-CN')).toMatch(/^用法：npx kata <命令>/);
    expect(kataUsage('en')).toBe(KATA_USAGE);
  });

  it('is printed in the language asked for, and an unknown command is answered in it too', async () => {
    const t = testContext([], { env: { KATA_LANG: 'zh-CN' } });
    try {
      expect(await runKata(['help'], t.ctx)).toBe(0);
      expect(await runKata(['--lang', 'en', 'help'], t.ctx)).toBe(0);
      expect(await runKata(['frobnicate'], t.ctx)).toBe(2);
      expect(t.output()).toBe(
        `${KATA_USAGE_ZH_CN}\n${KATA_USAGE}\nkata: 没有 "frobnicate" 这个命令\n${KATA_USAGE_ZH_CN}\n`,
      );
    } finally {
      t.cleanup();
    }
  });
});
