import { setLanguage } from '../../reporters/language';
import { resolveLang } from '../../results/lang';
import { UsageError } from '../usageError';
import type { KataContext } from './kataContext';
import { kataHint } from './kataHint';
import { kataInterview } from './kataInterview';
import { kataList } from './kataList';
import { kataNext } from './kataNext';
import { kataReplay } from './kataReplay';
import { kataReport } from './kataReport';
import { kataReset } from './kataReset';
import { kataSolution } from './kataSolution';
import { kataTest } from './kataTest';
import { kataUsage } from './kataUsage';
import { kataWatch } from './kataWatch';
import { t } from './words';

/**
 * Runs one `kata` command and returns its exit code: 0 done, 1 a started
 * kata is failing (test) or what was asked is not there yet (replay without
 * a recorded case, solution before the kata passes), 2 a usage error. A
 * learner's mistake is graded, never thrown; what does throw here is
 * reported in one line.
 */
export async function runKata(args: readonly string[], ctx: KataContext): Promise<number> {
  let argv = args;
  try {
    // A language for any command, anywhere on the line: everything below speaks it.
    const { lang, rest: withoutLang } = takeLang(args);
    argv = withoutLang;
    setLanguage(resolveLang(lang, ctx.env));
  } catch (err) {
    ctx.err(`kata: ${(err as Error).message}`);
    return 2;
  }
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'list':
        return await kataList(ctx);
      case 'next':
        return await kataNext(ctx);
      case 'test':
        return await kataTest(rest, ctx);
      case 'watch':
        return await kataWatch(rest, ctx);
      case 'hint':
        return await kataHint(rest, ctx);
      case 'reset':
        return await kataReset(rest, ctx);
      case 'replay':
        return await kataReplay(rest, ctx);
      case 'solution':
        return await kataSolution(rest, ctx);
      case 'interview':
        return await kataInterview(rest, ctx);
      case 'report':
        return await kataReport(rest, ctx);
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        ctx.out(kataUsage());
        return command === undefined ? 2 : 0;
      default:
        throw new UnknownCommand(t('run.unknown-command', { command }));
    }
  } catch (err) {
    if (err instanceof UsageError && err.exitCode === 0) {
      ctx.out(err.message);
      return 0;
    }
    if (err instanceof UsageError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      ctx.err(`kata: ${(err as Error).message}`);
      ctx.err(command === undefined || err instanceof UnknownCommand ? kataUsage() : t('run.help-hint'));
      return 2;
    }
    // gradkata's own bug: one line for the learner, the stack only on request.
    const error = err instanceof Error ? err.message : String(err);
    ctx.err(t(ctx.env.KATA_DEBUG ? 'run.gradkata-problem-debug' : 'run.gradkata-problem', { command, error }));
    if (ctx.env.KATA_DEBUG && err instanceof Error) ctx.err(err.stack ?? '');
    return 2;
  }
}

class UnknownCommand extends UsageError {}

/** `--lang X` or `--lang=X` taken out of the arguments. */
function takeLang(args: readonly string[]): { lang?: string; rest: string[] } {
  const rest: string[] = [];
  let lang: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--lang') {
      lang = args[++i];
      if (lang === undefined) throw new RangeError('--lang needs a language: en or zh-CN');
    } else if (a.startsWith('--lang=')) lang = a.slice('--lang='.length);
    else rest.push(a);
  }
  return { lang, rest };
}
