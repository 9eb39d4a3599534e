import type { Message } from './message';

/**
 * A picture of the learner's own code that a grader draws after its
 * properties (toolkit/definePicture.ts), for the HTML report: lines over
 * shared x labels or a heatmap, or why it could not be drawn. It never carries points.
 */
export interface KataPicture {
  /** Kebab-case, unique within the kata. */
  readonly id: string;
  readonly title: PictureText;
  /** Present when it was drawn. */
  readonly drawn?: PictureLines | PictureGrid;
  /** Present when it was not: the picture is left out, grading goes on. */
  readonly skipped?: PictureSkip;
}

/** A text of the grader's, in English as the worker rendered it and as data for other languages. */
export interface PictureText {
  readonly text: string;
  readonly message?: Message;
}

export interface PictureLines {
  /** Labels along the x axis (layers, steps). */
  readonly x: readonly string[];
  /** What the x axis counts ("layer"). */
  readonly xLabel?: PictureText;
  /** Values spanning decades (gradient norms through 50 layers) read on a log axis. */
  readonly yScale: 'linear' | 'log';
  /** One line per source, values aligned with `x`, all finite (positive on a log axis). */
  readonly series: readonly { readonly name: PictureText; readonly values: readonly number[] }[];
}

/** A heatmap: panels of rows × columns, all finite. */
export interface PictureGrid {
  /** [panels][rows][cols]; a single matrix is one panel. */
  readonly grid: readonly (readonly (readonly number[])[])[];
  readonly rows?: PictureText;
  readonly cols?: PictureText;
  /** One caption per panel, when there are several. */
  readonly panels?: readonly PictureText[];
}

/** Why a picture was not drawn: the learner's code is not written, threw, gave a non-finite value, ran past the time limit, or the drawing was malformed. */
export const PICTURE_SKIPS = ['not-started', 'exception', 'not-finite', 'timeout', 'malformed'] as const;
export type PictureSkipReason = (typeof PICTURE_SKIPS)[number];

export interface PictureSkip {
  readonly reason: PictureSkipReason;
  /** The exception's own words, or which value was not finite. */
  readonly detail?: string;
}
