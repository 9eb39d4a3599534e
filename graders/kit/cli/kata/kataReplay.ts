import { parseArgs } from 'node:util';
import { DEFAULT_TIMEOUT_MS, gradeKatas } from '../../engine/gradeKatas';
import { DEFAULT_SEED } from '../../engine/propertySeed';
import { kataMessage, propertyMessage } from '../../reporters/propertyMessage';
import { currentProgress } from '../../state/currentProgress';
import { fmtPair } from '../../tensor/fmt';
import { UsageError } from '../usageError';
import { findKataArg } from './findKataArg';
import type { KataContext } from './kataContext';
import { pairTexts } from './pairTexts';
import { sideBySide } from './sideBySide';
import { tensorText } from './tensorText';

/**
 * `kata replay <kata> [--seed S --only ID --path P]`: runs exactly one
 * failing case again (the last one recorded, or the one given) and prints
 * its inputs in full and your output next to the reference's.
 */
export async function kataReplay(argv: readonly string[], ctx: KataContext): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: { seed: { type: 'string' }, only: { type: 'string' }, path: { type: 'string' } },
  });
  const kata = findKataArg(positionals[0], 'replay');
  // Graded again if the file changed since: the recorded case is then the current one.
  const { progress } = await currentProgress(ctx.progressFile, ctx.target, ctx.now());
  const saved = progress.katas[kata.slug];
  const recorded = saved?.lastFailure;
  if (!values.only && saved?.status === 'passed') {
    ctx.out(
      ctx.paint.green(
        `${kata.slug} passes (${saved.points}/${saved.maxPoints}): there is no failing case to replay. npx kata solution ${kata.slug} shows the reference solution next to yours.`,
      ),
    );
    return 0;
  }
  const only = values.only ?? recorded?.only;
  const path = values.path ?? (values.only ? undefined : recorded?.path);
  if (!only && saved?.status === 'not-started') {
    ctx.err(
      `${kata.slug} is not started: nothing fails yet, so there is nothing to replay (npx kata hint ${kata.slug})`,
    );
    return 1;
  }
  if (!only) {
    ctx.err(
      `no failing case of ${kata.slug} is recorded yet: npx kata test ${kata.slug} records one (or give --only ID --path P)`,
    );
    return 1;
  }
  if (values.path && !values.only && !recorded) throw new UsageError('--path needs --only PROPERTY-ID');
  const seed =
    values.seed !== undefined ? Number(values.seed) : recorded && !values.only ? recorded.seed : DEFAULT_SEED;
  const results = await gradeKatas({
    target: ctx.target,
    katas: [kata],
    seed,
    only,
    path,
    timeoutMs: DEFAULT_TIMEOUT_MS,
  });
  const k = results.katas[0];
  const prop = k.properties[0];
  const p = ctx.paint;
  if (!prop) throw new UsageError(`${kata.slug} has no property "${only}"`);
  ctx.out(p.bold(`${kata.slug} › ${prop.name}  (--seed ${seed} --only ${only}${path ? ` --path ${path}` : ''})`));
  const problem = kataMessage(k);
  if (problem) {
    ctx.out(problem);
    return 1;
  }
  if (prop.status === 'pass') {
    ctx.out(p.green('this case passes now.'));
    return 0;
  }
  const d = prop.failure?.detail;
  ctx.out(propertyMessage(results, k, prop) ?? d?.summary ?? prop.status);
  if (!d) return 1;
  ctx.out('');
  const inputs = d.tensors?.inputs;
  if (inputs) {
    ctx.out(p.bold('inputs'));
    for (const [name, value] of Object.entries(inputs)) ctx.out([`${name} =`, ...tensorText(value)].join('\n'));
  } else if (prop.failure?.counterexample) {
    ctx.out(`${p.bold('inputs')} ${prop.failure.counterexample}`);
  }
  ctx.out('');
  const what = d.argument ?? 'output';
  if (d.tensors) {
    const format = pairTexts(d.tensors.got, d.tensors.expected);
    ctx.out(
      sideBySide(
        tensorText(d.tensors.got, d.index, format.got),
        tensorText(d.tensors.expected, d.index, format.expected),
        [`yours: ${what}`, `reference: ${what}`],
      ).join('\n'),
    );
    if (d.index?.length) ctx.out(p.dim(`* marks the worst element [${d.index.join(', ')}]`));
  } else if (d.got !== undefined && d.expected !== undefined) {
    const [got, expected] = fmtPair(d.got, d.expected);
    ctx.out(
      sideBySide(
        [`  ${got}`],
        [`  ${expected}`],
        [`yours: ${what}${d.index?.length ? `[${d.index.join('][')}]` : ''}`, 'reference'],
      ).join('\n'),
    );
  }
  return 1;
}
