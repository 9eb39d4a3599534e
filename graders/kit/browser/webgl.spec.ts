import { expect, it } from 'vitest';
import { loadTf } from '../backends/browser/tfjsBrowser';
import { checkConformance } from '../backends/conformance';
import { gradeSolutionsInBrowser, selectedKatas, startInBrowser } from './gradeInBrowser';

// npm run test:browser: WebGL 2 in Chromium (SwiftShader without a GPU).

it('with packed binary ops, WebGL is refused for the gradient it gets wrong', async () => {
  await startInBrowser('webgl', { packedBinaryOps: true });
  const found = checkConformance(loadTf(), 'webgl');
  expect(found.map((d) => d.op)).toEqual(['matMul(sigmoid(add(matMul))) (packed binary ops)']);
  loadTf().env().set('WEBGL_PACK_BINARY_OPERATIONS', false);
  expect(checkConformance(loadTf(), 'webgl')).toEqual([]);
}, 120_000);

gradeSolutionsInBrowser('webgl', selectedKatas());
