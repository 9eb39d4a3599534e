/**
 * Each property gets its own fast-check seed derived from the run's seed,
 * the kata and the property id (FNV-1a), so adding a property does not move
 * the inputs of the others, and `--seed S --only ID --path P` replays one
 * failure exactly.
 */
export function propertySeed(runSeed: number, slug: string, id: string): number {
  let h = 0x811c9dc5 ^ (runSeed >>> 0);
  for (const ch of `${slug}/${id}`) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193);
  return h | 0;
}

/** The default run seed: fixed, so `npm test` is reproducible run to run. */
export const DEFAULT_SEED = 20261129;
