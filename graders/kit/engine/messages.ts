import type { KataPicture, PictureText } from '../results/picture';
import type { KataProblem, PropertyResult } from '../results/results';
import type { Bundle } from './bundleKata';

export interface PlannedProperty {
  readonly id: string;
  readonly name: string;
  readonly points: number;
}

/** What a kata's worker tells the main thread, in order. */
export type WorkerMessage =
  | {
      readonly type: 'plan';
      readonly properties: readonly PlannedProperty[];
      /** Every misconception the grader can name, id → text (for the results, which carry the ones named). */
      readonly misconceptions: Readonly<Record<string, string>>;
    }
  | { readonly type: 'start'; readonly id: string }
  | { readonly type: 'result'; readonly result: PropertyResult }
  /** After the properties: a picture is being drawn (its title, for the skip a time-out leaves), then drawn. */
  | { readonly type: 'picture-start'; readonly id: string; readonly title: PictureText }
  | { readonly type: 'picture'; readonly picture: KataPicture }
  | { readonly type: 'load-error'; readonly problem?: KataProblem; readonly notStarted: boolean }
  /** A rule that protects grading itself was broken (guardWorker.ts): the kata scores 0. */
  | { readonly type: 'violation'; readonly rule: string; readonly detail: string }
  | { readonly type: 'done' };

export interface WorkerInput {
  readonly slug: string;
  readonly targetDir: string;
  readonly learner: Bundle;
  readonly seed: number;
  readonly only?: string;
  readonly path?: string;
  /** The mutant `npm run mutate` has switched on (mutationSwitch.ts). */
  readonly activeMutant?: string;
}
