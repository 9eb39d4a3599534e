import type { KataEntry } from '../../catalog';
import { graderFile } from '../paths';
import type { Grader } from '../toolkit/defineGrader';

/** A kata's grader, imported in this process (the proof reads its misconceptions; grading itself runs in workers). */
export async function loadGrader(kata: KataEntry): Promise<Grader> {
  return ((await import(/* @vite-ignore */ graderFile(kata))) as { default: Grader }).default;
}
