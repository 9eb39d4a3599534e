import { flatten, mapNested, type Nested, shapeOf } from '../tensor/nested';
import type { FailureDetail } from '../toolkit/gradingFailure';
import { curves } from './curves';
import { escapeHtml } from './escapeHtml';
import { heatmap } from './heatmap';
import { pictureLabels } from './pictureLabels';
import { t } from './words';

const maxAbs = (x: Nested): number => Math.max(0, ...flatten(x).map((v) => (Number.isFinite(v) ? Math.abs(v) : 0)));

/**
 * The pictures of one failure: the learner's and the expected value as
 * heatmaps on one colour scale, their difference, the worst element outlined
 * in each, the case's inputs folded away below, and its curves. Empty when
 * the failure carries neither tensors nor curves.
 */
export function failurePictures(slug: string, d: FailureDetail): string {
  const chart = d.curves ? `<div class="maps">${curves(d.curves)}</div>` : '';
  const tensors = d.tensors;
  if (!tensors) return chart && `<div class="pictures">${chart}</div>`;
  const name = d.argument ?? t('pictures.value');
  const labels = pictureLabels(slug, d.argument, shapeOf(tensors.expected).length);
  const range = Math.max(maxAbs(tensors.got), maxAbs(tensors.expected));
  const flatExpected = flatten(tensors.expected);
  let i = 0;
  const difference = mapNested(tensors.got, (g) => g - flatExpected[i++]);
  const common = { name, worst: d.index, rows: labels.rows, cols: labels.cols, panel: labels.panel };
  const maps = [
    heatmap(tensors.got, { ...common, title: t('pictures.yours', { name }), role: 'got', range }),
    heatmap(tensors.expected, { ...common, title: t('pictures.expected', { name }), role: 'expected', range }),
  ];
  // A difference only of tensors of one shape (a wrong shape is shown, not subtracted).
  if (shapeOf(tensors.got).join() === shapeOf(tensors.expected).join()) {
    maps.push(
      heatmap(difference, {
        ...common,
        name: t('pictures.difference-name', { name }),
        title: t('pictures.difference'),
        role: 'difference',
      }),
    );
  }
  const inputs = Object.entries(tensors.inputs ?? {}).map(([input, v]) =>
    heatmap(v, {
      title: input,
      name: input,
      role: 'input',
      panel: pictureLabels(slug, input, shapeOf(v).length).panel,
    }),
  );
  const folded = inputs.length
    ? `<details class="inputs"><summary>${escapeHtml(t('pictures.inputs'))}</summary><div class="maps">${inputs.join('')}</div></details>`
    : '';
  return `<div class="pictures" data-argument="${escapeHtml(d.argument ?? 'value')}"><h4>${escapeHtml(labels.heading)}</h4><div class="maps">${maps.join('')}</div>${chart}${folded}</div>`;
}
