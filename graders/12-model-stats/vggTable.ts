import type { Layer } from '../../katas/12-model-stats/model-stats';
import { count } from './expectStats';
import { IMAGENET_INPUT, vgg16 } from './networks';
import { modelStats64 } from './oracle';

// The rows of the READMEs' table of VGG16's parameters, computed from the
// oracle: vggTable.test.ts checks that both READMEs hold exactly these rows,
// so the table cannot drift from the definitions. Names are the paper's
// (conv1_1 … conv5_3, fc6 … fc8); the shares are of the whole network.

function what(layer: Layer): string {
  if (layer.type === 'conv') return `conv ${layer.kernel}×${layer.kernel}, ${layer.inChannels} → ${layer.outChannels}`;
  if (layer.type === 'linear') return `linear ${count(layer.inFeatures)} → ${count(layer.outFeatures)}`;
  return layer.type;
}

export function vggTableRows(): string[] {
  const layers = vgg16();
  const stats = modelStats64(layers, IMAGENET_INPUT);
  const rows: string[] = [];
  let block = 1;
  let inBlock = 0;
  let fc = 6;
  layers.forEach((layer, i) => {
    if (layer.type === 'maxpool') {
      block++;
      inBlock = 0;
    }
    if (stats.layers[i].params === 0) return;
    const name = layer.type === 'conv' ? `conv${block}_${++inBlock}` : `fc${fc++}`;
    const share = ((100 * stats.layers[i].params) / stats.params).toFixed(1);
    rows.push(
      `| ${name} | ${what(layer)} | [${stats.layers[i].outputShape.join(', ')}] | ${count(stats.layers[i].params)} | ${share} % | ${count(stats.layers[i].macs)} |`,
    );
  });
  rows.push(`| Σ | | [${stats.outputShape.join(', ')}] | ${count(stats.params)} | 100 % | ${count(stats.macs)} |`);
  return rows;
}
