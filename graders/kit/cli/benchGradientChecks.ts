import { catalog } from '../../catalog';
import { startReference } from '../backends/startReference';
import { DEFAULT_SEED, propertySeed } from '../engine/propertySeed';
import { runProperty } from '../engine/runProperty';
import { graderFile, learnerFile, solutionsDir } from '../paths';
import type { KataModule } from '../toolkit/callLearner';
import { type GradientCheckRecord, gradientCheckCost } from '../toolkit/checkGradient';
import type { Grader } from '../toolkit/defineGrader';

/** The smallest and the largest gradient check one kata's graded solution ran, by the elements of their inputs. */
export interface GradientCheckSpan {
  readonly slug: string;
  readonly smallest: GradientCheckRecord;
  readonly largest: GradientCheckRecord;
  /** Every check with as many inputs ran as many forward passes, whatever their size. */
  readonly sizeIndependent: boolean;
}

/**
 * Grades every solution in this process (the worker's code path, without
 * the worker) and records each gradient check's size and forward passes:
 * a check that spends passes per element would show as a largest check
 * with more passes than the smallest one with as many inputs.
 */
export function gradientCheckSpans(): GradientCheckSpan[] {
  const reference = startReference('cpu');
  const spans: GradientCheckSpan[] = [];
  for (const kata of catalog) {
    const grader = (require(graderFile(kata)) as { default: Grader<KataModule> }).default;
    const solution = require(learnerFile(solutionsDir, kata)) as KataModule;
    gradientCheckCost.checks = [];
    for (const p of grader.properties)
      runProperty(p, solution, { seed: propertySeed(DEFAULT_SEED, kata.slug, p.id), env: { reference } });
    const checks = gradientCheckCost.checks;
    gradientCheckCost.checks = undefined;
    if (checks.length === 0) continue;
    const bySize = [...checks].sort((a, b) => a.elements - b.elements);
    const passes = new Map<number, Set<number>>();
    for (const c of checks) passes.set(c.inputs, (passes.get(c.inputs) ?? new Set()).add(c.forwardPasses));
    spans.push({
      slug: kata.slug,
      smallest: bySize[0],
      largest: bySize[bySize.length - 1],
      sizeIndependent: [...passes.values()].every((p) => p.size === 1),
    });
  }
  return spans;
}
