// Stryker (`npm run mutate`) compiles every mutant into the solution files
// and picks one at run time through a global (`__stryker__.activeMutant`),
// which its vitest runner sets in the test process. A kata's code runs in a
// worker thread with globals of its own, so the runner hands the switch on.

interface StrykerGlobal {
  activeMutant?: string;
}

const NAMESPACE = '__stryker__';

/** The mutant Stryker has switched on in this process, if any. */
export function activeMutant(): string | undefined {
  return (globalThis as Record<string, StrykerGlobal | undefined>)[NAMESPACE]?.activeMutant;
}

/** Switches the same mutant on in a worker, before the kata's code loads. */
export function activateMutant(id: string | undefined): void {
  if (id === undefined) return;
  const g = globalThis as Record<string, StrykerGlobal | undefined>;
  g[NAMESPACE] = { ...g[NAMESPACE], activeMutant: id };
}
