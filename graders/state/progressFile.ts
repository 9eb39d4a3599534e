import path from 'node:path';
import { stateDir } from '../paths';

/** .kata/ by default; KATA_STATE_DIR moves it (the tests use a temporary folder). */
export function kataStateDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.KATA_STATE_DIR ? path.resolve(env.KATA_STATE_DIR) : stateDir;
}

export function progressFile(env: NodeJS.ProcessEnv = process.env): string {
  return path.join(kataStateDir(env), 'progress.json');
}
