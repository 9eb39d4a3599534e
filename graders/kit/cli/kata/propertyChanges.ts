import { kataWord } from '../../reporters/language';
import type { KataResult } from '../../results/results';

export interface PropertyChanges {
  /** Names in the learner's language. */
  readonly nowPassing: readonly string[];
  readonly nowFailing: readonly string[];
}

/** What a save changed: properties that pass now and did not before, and the reverse. */
export function propertyChanges(before: KataResult | undefined, after: KataResult): PropertyChanges {
  const passed = new Set(before?.properties.filter((p) => p.status === 'pass').map((p) => p.id) ?? []);
  const passes = new Set(after.properties.filter((p) => p.status === 'pass').map((p) => p.id));
  const name = (p: KataResult['properties'][number]): string => kataWord(after.slug, `property.${p.id}`, p.name);
  return {
    nowPassing: after.properties.filter((p) => passes.has(p.id) && !passed.has(p.id)).map(name),
    nowFailing: before ? after.properties.filter((p) => passed.has(p.id) && !passes.has(p.id)).map(name) : [],
  };
}
