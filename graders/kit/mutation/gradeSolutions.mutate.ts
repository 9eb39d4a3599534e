import { expect, it } from 'vitest';
import { catalog, findKata } from '../../catalog';
import { gradeKatas } from '../engine/gradeKatas';
import { DEFAULT_SEED } from '../engine/propertySeed';
import { solutionsDir } from '../paths';
import { kataMessage, propertyMessage } from '../reporters/propertyMessage';

// What Stryker runs for every mutant of solutions/: the kata's grader on
// the (mutated) solution. A mutant is killed when the solution stops passing.
const slugs = process.env.MUTATE_KATA ? [process.env.MUTATE_KATA] : catalog.map((k) => k.slug);

for (const slug of slugs) {
  it(`${slug}: the solution passes its grader`, async () => {
    const kata = findKata(slug);
    if (!kata) throw new Error(`MUTATE_KATA names an unknown kata: ${slug}`);
    const r = await gradeKatas({
      target: solutionsDir,
      katas: [kata],
      seed: DEFAULT_SEED,
      timeoutMs: Number(process.env.MUTATE_TIMEOUT_MS ?? 3000),
    });
    // The message reaches Stryker's report (statusReason): a mutant stopped
    // for running too long is counted as timed out by summarizeMutants.
    const k = r.katas[0];
    const why = kataMessage(k) ?? k.properties.map((p) => propertyMessage(r, k, p)).find(Boolean) ?? '';
    expect(k.status, why).toBe('passed');
  });
}
