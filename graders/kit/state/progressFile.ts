import crypto from 'node:crypto';
import path from 'node:path';
import { katasDir, resolveTarget, stateDir } from '../paths';

/** .kata/ by default; KATA_STATE_DIR moves it (the tests use a temporary folder). */
export function kataStateDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.KATA_STATE_DIR ? path.resolve(env.KATA_STATE_DIR) : stateDir;
}

/**
 * The learner's progress is katas/'s; grading another folder
 * (KATA_TARGET=solutions, a variant) keeps its own file, so it never marks
 * the learner's katas passed.
 */
export function progressFile(env: NodeJS.ProcessEnv = process.env): string {
  const target = resolveTarget(env.KATA_TARGET);
  const name =
    target === katasDir
      ? 'progress.json'
      : `progress-${crypto.createHash('sha1').update(target).digest('hex').slice(0, 10)}.json`;
  return path.join(kataStateDir(env), name);
}
