import type { KataResult } from '../../results/results';

export interface PropertyChanges {
  readonly nowPassing: readonly string[];
  readonly nowFailing: readonly string[];
}

/** What a save changed: properties that pass now and did not before, and the reverse. */
export function propertyChanges(before: KataResult | undefined, after: KataResult): PropertyChanges {
  const passed = new Set(before?.properties.filter((p) => p.status === 'pass').map((p) => p.id) ?? []);
  const passes = new Set(after.properties.filter((p) => p.status === 'pass').map((p) => p.id));
  return {
    nowPassing: after.properties.filter((p) => passes.has(p.id) && !passed.has(p.id)).map((p) => p.name),
    nowFailing: before ? after.properties.filter((p) => passed.has(p.id) && !passes.has(p.id)).map((p) => p.name) : [],
  };
}
