import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-webgl';
import '@tensorflow/tfjs-backend-webgpu';
import '@tensorflow/tfjs-core/dist/register_all_gradients';

// graders/kit/backends/loadTf.ts for the browser (vitest.browser.config.mts swaps
// it in): vite bundles the gradient registry itself, so no esbuild cache, and
// the GPU backends run in this thread, where WebGL reads synchronously and
// WebGPU reads through an OffscreenCanvas.

tf.env().set('PROD', true);

export function loadTf(): typeof tf {
  return tf;
}

export type { Tensor } from '@tensorflow/tfjs-core';
