import { catalog, type KataEntry } from '../../catalog';

/**
 * The first kata of each track, in curriculum order: what a test grades when
 * it is about the run around the graders (shards and their merge, a broken or
 * tampering kata among others) rather than the graders themselves, which
 * proof.test.ts grades in full. A rule, not a list, so such a test grows with
 * the tracks and not with the catalogue, and every track's row is in it.
 */
export const oneKataPerTrack: readonly KataEntry[] = catalog.filter(
  (k, i) => catalog.findIndex((other) => other.track === k.track) === i,
);
