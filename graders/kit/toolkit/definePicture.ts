import type { Message } from '../results/message';
import type { GradingEnv } from './defineGrader';

/** What a picture's `draw` returns, each value from the learner's own code: lines, or a heatmap. */
export type PictureDrawing = PictureLinesDrawing | PictureGridDrawing;

/** Lines over shared x labels. */
export interface PictureLinesDrawing {
  /** Labels along the x axis: layers, steps. */
  readonly x: readonly (string | number)[];
  /** What the x axis counts, from the kata's messages.ts ("layer"). */
  readonly xLabel?: Message;
  /** `log` for values that span decades; every value must then be positive. Default `linear`. */
  readonly yScale?: 'linear' | 'log';
  /** One line per source, named from the kata's messages.ts, values aligned with `x`. */
  readonly series: readonly { readonly name: Message; readonly values: readonly number[] }[];
}

/**
 * A heatmap: one matrix, or a stack of matrices side by side (one panel per
 * attention head), on a colour scale centred on 0 and shared by the panels.
 */
export interface PictureGridDrawing {
  /** [rows][cols], or [panels][rows][cols]; every value finite. */
  readonly grid: readonly (readonly number[])[] | readonly (readonly (readonly number[])[])[];
  /** What the rows and the columns count ("query", "key"), from the kata's messages.ts. */
  readonly rows?: Message;
  readonly cols?: Message;
  /** A caption per panel of a stack ("head 0"), from the kata's messages.ts. */
  readonly panels?: readonly Message[];
}

/**
 * A plot of the learner's own code for the HTML report, drawn after the
 * properties in the same worker and under the same time limit. It earns no
 * points and never fails the kata: a picture whose code throws, is not
 * written yet, loops or gives a non-finite value is left out with the reason
 * (engine/runPicture.ts). `draw` calls learner code through callLearner.
 */
export interface Picture<K> {
  /** Kebab-case, unique within the grader. */
  readonly id: string;
  /** From the kata's messages.ts, so that it is translated with the kata's words. */
  readonly title: Message;
  readonly draw: (kata: K, env: GradingEnv) => PictureDrawing;
}

/** Types one picture (the kata's module type flows from the grader). */
export function picture<K>(p: Picture<K>): Picture<K> {
  return p;
}
