import { parseArgs } from 'node:util';
import { DEFAULT_TIMEOUT_MS, gradeKatas } from '../../engine/gradeKatas';
import { DEFAULT_SEED } from '../../engine/propertySeed';
import { kataWord, observedText } from '../../reporters/language';
import { kataMessage, propertyMessage } from '../../reporters/propertyMessage';
import { currentProgress } from '../../state/currentProgress';
import { fmtPair } from '../../tensor/fmt';
import { UsageError } from '../usageError';
import { findKataArg } from './findKataArg';
import type { KataContext } from './kataContext';
import { pairTexts } from './pairTexts';
import { sideBySide } from './sideBySide';
import { tensorText } from './tensorText';
import { t } from './words';

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
    ctx.out(ctx.paint.green(t('replay.passes', { slug: kata.slug, points: saved.points, max: saved.maxPoints })));
    return 0;
  }
  const only = values.only ?? recorded?.only;
  const path = values.path ?? (values.only ? undefined : recorded?.path);
  if (!only && saved?.status === 'not-started') {
    ctx.err(t('replay.not-started', { slug: kata.slug }));
    return 1;
  }
  if (!only) {
    ctx.err(t('replay.none-recorded', { slug: kata.slug }));
    return 1;
  }
  if (values.path && !values.only && !recorded) throw new UsageError(t('replay.path-needs-only'));
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
  if (!prop) throw new UsageError(t('replay.no-property', { slug: kata.slug, only }));
  const name = kataWord(kata.slug, `property.${prop.id}`, prop.name);
  ctx.out(p.bold(`${kata.slug} › ${name}  (--seed ${seed} --only ${only}${path ? ` --path ${path}` : ''})`));
  const problem = kataMessage(k);
  if (problem) {
    ctx.out(problem);
    return 1;
  }
  if (prop.status === 'pass') {
    ctx.out(p.green(t('replay.passes-now')));
    return 0;
  }
  const d = prop.failure?.detail;
  ctx.out(propertyMessage(results, k, prop) ?? (d ? observedText(d) : prop.status));
  if (!d) return 1;
  ctx.out('');
  const inputs = d.tensors?.inputs;
  if (inputs) {
    ctx.out(p.bold(t('replay.inputs')));
    for (const [name, value] of Object.entries(inputs)) ctx.out([`${name} =`, ...tensorText(value)].join('\n'));
  } else if (prop.failure?.counterexample) {
    ctx.out(`${p.bold(t('replay.inputs'))} ${prop.failure.counterexample}`);
  }
  ctx.out('');
  const what = d.argument ?? t('replay.output');
  if (d.tensors) {
    const format = pairTexts(d.tensors.got, d.tensors.expected);
    ctx.out(
      sideBySide(
        tensorText(d.tensors.got, d.index, format.got),
        tensorText(d.tensors.expected, d.index, format.expected),
        [t('code.yours', { what }), t('code.reference-of', { what })],
      ).join('\n'),
    );
    if (d.index?.length) ctx.out(p.dim(t('replay.worst', { index: d.index.join(', ') })));
  } else if (d.got !== undefined && d.expected !== undefined) {
    const [got, expected] = fmtPair(d.got, d.expected);
    ctx.out(
      sideBySide(
        [`  ${got}`],
        [`  ${expected}`],
        [t('code.yours', { what: `${what}${d.index?.length ? `[${d.index.join('][')}]` : ''}` }), t('code.reference')],
      ).join('\n'),
    );
  }
  return 1;
}
