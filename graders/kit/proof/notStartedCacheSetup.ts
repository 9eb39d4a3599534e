import fs from 'node:fs';

/** vitest's global teardown: the run's not-started verdicts go with it (engine/notStartedCache.ts). */
export function teardown(): void {
  const dir = process.env.KATA_NOT_STARTED_CACHE;
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
}
