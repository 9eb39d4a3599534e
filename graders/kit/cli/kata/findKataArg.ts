import { catalog, findKata, type KataEntry } from '../../../catalog';
import { UsageError } from '../usageError';
import { t } from './words';

/** The kata a command names, or a usage error that lists the katas. */
export function findKataArg(name: string | undefined, command: string): KataEntry {
  const katas = catalog.map((k) => k.slug).join(', ');
  if (!name) throw new UsageError(t('arg.needs-kata', { command, katas }));
  const kata = findKata(name);
  if (!kata) throw new UsageError(t('arg.unknown-kata', { name, katas }));
  return kata;
}
