import fs from 'node:fs';
import path from 'node:path';
import type { Progress } from './progress';

/** Written atomically: a `kata` stopped mid-write leaves the old file, not half a new one. */
export function saveProgress(file: string, progress: Progress): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, `${JSON.stringify(progress, null, 2)}\n`);
  fs.renameSync(tmp, file);
}
