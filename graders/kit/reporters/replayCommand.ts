import { displayPath, katasDir } from '../paths';

/** The command that re-runs exactly one failing case; `target` as graded (a path, or the results' display path). */
export function replayCommand(slug: string, o: { target: string; seed: number; only?: string; path?: string }): string {
  const shown = displayPath(o.target);
  const target = o.target === katasDir || shown === 'katas' ? '' : `KATA_TARGET=${shown} `;
  const only = o.only ? ` --only ${o.only}` : '';
  const path = o.path ? ` --path ${o.path}` : '';
  return `${target}npm test -- ${slug} --seed ${o.seed}${only}${path}`;
}
