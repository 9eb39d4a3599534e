import { catalog, findKata, type KataEntry } from '../../../catalog';
import { UsageError } from '../usageError';

/** The kata a command names, or a usage error that lists the katas. */
export function findKataArg(name: string | undefined, command: string): KataEntry {
  if (!name) throw new UsageError(`kata ${command} needs a kata: ${catalog.map((k) => k.slug).join(', ')}`);
  const kata = findKata(name);
  if (!kata) throw new UsageError(`unknown kata "${name}"; the katas are: ${catalog.map((k) => k.slug).join(', ')}`);
  return kata;
}
