import type { Layer, LayerStats, ModelStats, Shape } from '../../katas/12-model-stats/model-stats';
import { callLearner, fail } from '../kit/toolkit';
import type { K } from './cases';
import text from './messages';

// Every count is an exact integer: a stat is right or it is not, so the
// checks compare with === and say which stat of which layer differs.

/** Integers with thousands separators: 138,357,544 reads at a glance. */
export const count = (n: unknown): string =>
  typeof n === 'number' && Number.isInteger(n) ? n.toLocaleString('en-US') : String(n);
const shapeText = (s: unknown): string => (Array.isArray(s) ? `[${s.join(', ')}]` : String(s));

/** A layer as the learner wrote it; a residual block by the sizes of its branches. */
export function describeLayer(layer: Layer): string {
  if (layer.type === 'residual')
    return `residual (body: ${layer.body.length} layers, shortcut: ${layer.shortcut.length})`;
  return JSON.stringify(layer);
}

export const layerCall = (layer: Layer, input: Shape): string =>
  `layerStats(${describeLayer(layer)}, [${input.join(', ')}])`;

const isShape = (s: unknown): s is number[] => Array.isArray(s) && s.every((v) => typeof v === 'number');

/** The learner's stats as they are, after checking their form. */
export function statsOf(got: unknown, call: string): LayerStats {
  const s = got as LayerStats | undefined;
  if (
    typeof s !== 'object' ||
    s === null ||
    !isShape(s.outputShape) ||
    typeof s.params !== 'number' ||
    typeof s.macs !== 'number'
  ) {
    fail({
      kind: 'shape',
      fn: call.slice(0, call.indexOf('(')),
      message: text['not-stats']({ call, got: JSON.stringify(got) ?? String(got) }),
    });
  }
  return s;
}

/** The first of outputShape, params, macs that differs, or undefined. */
export function firstOff(
  got: LayerStats,
  want: LayerStats,
): { what: string; got: string; expected: string } | undefined {
  if (shapeText(got.outputShape) !== shapeText(want.outputShape))
    return { what: 'outputShape', got: shapeText(got.outputShape), expected: shapeText(want.outputShape) };
  for (const what of ['params', 'macs'] as const) {
    if (got[what] !== want[what]) return { what, got: count(got[what]), expected: count(want[what]) };
  }
  return undefined;
}

/** layerStats(layer, input) against the definition. */
export function expectLayerStats(kata: K, layer: Layer, input: Shape, want: LayerStats): LayerStats {
  const call = layerCall(layer, input);
  const got = statsOf(callLearner(kata, 'layerStats', { layer, inputShape: input }), call);
  const off = firstOff(got, want);
  if (off) fail({ fn: 'layerStats', argument: off.what, message: text['stat-off']({ call, ...off }) });
  return got;
}

/** The learner's modelStats, checked for its form: one stats entry per layer. */
export function runModel(kata: K, layers: readonly Layer[], input: Shape, call: string): ModelStats {
  const got = callLearner(kata, 'modelStats', { layers, inputShape: input }) as ModelStats | undefined;
  const formed =
    typeof got === 'object' &&
    got !== null &&
    Array.isArray(got.layers) &&
    got.layers.length === layers.length &&
    typeof got.params === 'number' &&
    typeof got.macs === 'number' &&
    isShape(got.outputShape);
  if (!formed) {
    fail({
      kind: 'shape',
      fn: 'modelStats',
      message: text['not-model-stats']({
        call,
        got: JSON.stringify(got)?.slice(0, 200) ?? String(got),
        count: layers.length,
      }),
    });
  }
  return got;
}

/**
 * modelStats against the definition, layer by layer (each layer's input is the
 * one before's output), then its totals against the sums of the layers
 * (for a published network: against torchvision's totals, oracle.test.ts).
 */
export function expectModelStats(
  kata: K,
  layers: readonly Layer[],
  input: Shape,
  want: ModelStats,
  call: string,
  network?: string,
): ModelStats {
  const got = runModel(kata, layers, input, call);
  let shape = input;
  layers.forEach((layer, index) => {
    const off = firstOff(statsOf(got.layers[index], `modelStats(…).layers[${index}]`), want.layers[index]);
    if (off) {
      fail({
        fn: 'modelStats',
        argument: `layers[${index}].${off.what}`,
        message: text['layer-off']({ call, index, layer: describeLayer(layer), input: shape.join(', '), ...off }),
      });
    }
    shape = want.layers[index].outputShape;
  });
  const off = firstOff(got, want);
  if (off) {
    const message = network ? text['network-off']({ call, network, ...off }) : text['total-off']({ call, ...off });
    fail({ fn: 'modelStats', argument: off.what, message });
  }
  return got;
}
