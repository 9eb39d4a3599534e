import { displayPath, katasDir } from '../paths';

/** The command that re-runs exactly one failing case. */
export function replayCommand(slug: string, o: { target: string; seed: number; only?: string; path?: string }): string {
  const target = o.target === katasDir ? '' : `KATA_TARGET=${displayPath(o.target)} `;
  const only = o.only ? ` --only ${o.only}` : '';
  const path = o.path ? ` --path ${o.path}` : '';
  return `${target}npm test -- ${slug} --seed ${o.seed}${only}${path}`;
}
