import type { Message } from '../results/message';
import type { KataPicture, PictureGrid, PictureLines, PictureSkip, PictureText } from '../results/picture';
import { render } from '../results/translate';
import type { KataModule } from '../toolkit/callLearner';
import type { GradingEnv } from '../toolkit/defineGrader';
import type { Picture, PictureDrawing, PictureGridDrawing, PictureLinesDrawing } from '../toolkit/definePicture';
import { GradingFailure, NotStartedSignal } from '../toolkit/gradingFailure';

/** English as the worker renders it (the kata's messages.ts is loaded here, not in the report), and the message for other languages. */
export const pictureText = (m: Message): PictureText => ({ text: render('en', m), message: m });

/**
 * Draws one picture of the learner's code. Whatever the code does — not
 * written yet, throws, returns NaN or a malformed drawing — the result is a
 * picture or a reason it was left out, never an exception: a picture does
 * not take part in grading. (A loop is stopped by the time limit, in
 * superviseRun.ts, and becomes a `timeout` skip there.)
 */
export function runPicture(p: Picture<KataModule>, kata: KataModule, env: GradingEnv): KataPicture {
  const title = pictureText(p.title);
  const skip = (skipped: PictureSkip): KataPicture => ({ id: p.id, title, skipped });
  let drawing: PictureDrawing;
  try {
    drawing = p.draw(kata, env);
  } catch (err) {
    if (err instanceof NotStartedSignal) return skip({ reason: 'not-started', detail: err.functionName });
    if (err instanceof GradingFailure) return skip({ reason: 'exception', detail: err.detail.summary });
    return skip({ reason: 'exception', detail: err instanceof Error ? `${err.name}: ${err.message}` : String(err) });
  }
  const lines = checkDrawing(drawing);
  return 'reason' in lines ? skip(lines) : { id: p.id, title, drawn: lines };
}

const malformed = (detail: string): PictureSkip => ({ reason: 'malformed', detail });

function checkDrawing(d: PictureDrawing): PictureLines | PictureGrid | PictureSkip {
  if (d && 'grid' in d) return checkGrid(d);
  return checkLines(d as PictureLinesDrawing);
}

function checkLines(d: PictureLinesDrawing): PictureLines | PictureSkip {
  if (!d || !Array.isArray(d.x) || d.x.length === 0) return malformed('no x labels');
  if (!Array.isArray(d.series) || d.series.length === 0) return malformed('no series');
  const yScale = d.yScale ?? 'linear';
  const x = d.x.map(String);
  const series: PictureLines['series'][number][] = [];
  for (const s of d.series) {
    const name = pictureText(s.name);
    if (!Array.isArray(s.values) || s.values.length !== x.length)
      return malformed(
        `${name.text}: ${Array.isArray(s.values) ? s.values.length : 'no'} values for ${x.length} x labels`,
      );
    const values: number[] = (s.values as readonly unknown[]).map(Number);
    const bad = values.findIndex((v) => !Number.isFinite(v) || (yScale === 'log' && v <= 0));
    if (bad >= 0) return { reason: 'not-finite', detail: `${name.text} at ${x[bad]}: ${values[bad]}` };
    series.push({ name, values });
  }
  return { x, ...(d.xLabel ? { xLabel: pictureText(d.xLabel) } : {}), yScale, series };
}

/** A matrix or a stack of equal matrices, every value finite; a matrix becomes one panel. */
function checkGrid(d: PictureGridDrawing): PictureGrid | PictureSkip {
  const g = d.grid as readonly unknown[];
  if (!Array.isArray(g) || g.length === 0) return malformed('an empty grid');
  const stacked = Array.isArray(g[0]) && Array.isArray((g[0] as unknown[])[0]);
  const panels = (stacked ? g : [g]) as readonly unknown[][];
  const rows = panels[0].length;
  const cols = Array.isArray(panels[0][0]) ? (panels[0][0] as unknown[]).length : 0;
  if (rows === 0 || cols === 0) return malformed('an empty grid');
  const grid: number[][][] = [];
  for (const [p, panel] of panels.entries()) {
    if (!Array.isArray(panel) || panel.length !== rows) return malformed(`panel ${p}: not ${rows} rows`);
    const out: number[][] = [];
    for (const [i, row] of panel.entries()) {
      if (!Array.isArray(row) || row.length !== cols) return malformed(`panel ${p}, row ${i}: not ${cols} columns`);
      const values = (row as unknown[]).map(Number);
      const bad = values.findIndex((v) => !Number.isFinite(v));
      if (bad >= 0) return { reason: 'not-finite', detail: `[${stacked ? `${p}, ` : ''}${i}, ${bad}]: ${values[bad]}` };
      out.push(values);
    }
    grid.push(out);
  }
  if (d.panels && d.panels.length !== grid.length)
    return malformed(`${d.panels.length} panel captions for ${grid.length} panels`);
  return {
    grid,
    ...(d.rows ? { rows: pictureText(d.rows) } : {}),
    ...(d.cols ? { cols: pictureText(d.cols) } : {}),
    ...(d.panels ? { panels: d.panels.map(pictureText) } : {}),
  };
}
