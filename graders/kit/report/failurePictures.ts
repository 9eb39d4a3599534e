import { flatten, mapNested, type Nested, shapeOf } from '../tensor/nested';
import type { FailureDetail } from '../toolkit/gradingFailure';
import { curves } from './curves';
import { escapeHtml } from './escapeHtml';
import { heatmap } from './heatmap';
import { pictureLabels } from './pictureLabels';

const maxAbs = (t: Nested): number => Math.max(0, ...flatten(t).map((v) => (Number.isFinite(v) ? Math.abs(v) : 0)));

/**
 * The pictures of one failure: the learner's and the expected value as
 * heatmaps on one colour scale, their difference, the worst element outlined
 * in each, the case's inputs folded away below, and its curves. Empty when
 * the failure carries neither tensors nor curves.
 */
export function failurePictures(slug: string, d: FailureDetail): string {
  const chart = d.curves ? `<div class="maps">${curves(d.curves)}</div>` : '';
  const t = d.tensors;
  if (!t) return chart && `<div class="pictures">${chart}</div>`;
  const name = d.argument ?? 'value';
  const labels = pictureLabels(slug, d.argument, shapeOf(t.expected).length);
  const range = Math.max(maxAbs(t.got), maxAbs(t.expected));
  const flatExpected = flatten(t.expected);
  let i = 0;
  const difference = mapNested(t.got, (g) => g - flatExpected[i++]);
  const common = { name, worst: d.index, rows: labels.rows, cols: labels.cols, panel: labels.panel };
  const maps = [
    heatmap(t.got, { ...common, title: `yours: ${name}`, role: 'got', range }),
    heatmap(t.expected, { ...common, title: `expected: ${name}`, role: 'expected', range }),
  ];
  // A difference only of tensors of one shape (a wrong shape is shown, not subtracted).
  if (shapeOf(t.got).join() === shapeOf(t.expected).join()) {
    maps.push(
      heatmap(difference, {
        ...common,
        name: `(yours − expected) ${name}`,
        title: 'yours − expected',
        role: 'difference',
      }),
    );
  }
  const inputs = Object.entries(t.inputs ?? {}).map(([input, v]) =>
    heatmap(v, {
      title: input,
      name: input,
      role: 'input',
      panel: pictureLabels(slug, input, shapeOf(v).length).panel,
    }),
  );
  const folded = inputs.length
    ? `<details class="inputs"><summary>inputs of this case</summary><div class="maps">${inputs.join('')}</div></details>`
    : '';
  return `<div class="pictures" data-argument="${escapeHtml(name)}"><h4>${escapeHtml(labels.heading)}</h4><div class="maps">${maps.join('')}</div>${chart}${folded}</div>`;
}
