import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { ensureGradientsBundle, requireFromRoot } from './gradientsBundle';

let loaded = false;

/** tfjs-core with the cpu backend and every gradient registered. */
export function loadTf(): typeof tf {
  if (!loaded) {
    requireFromRoot(ensureGradientsBundle());
    // PROD silences the "install tfjs-node" banner the cpu backend prints in Node.
    tf.env().set('PROD', true);
    loaded = true;
  }
  return tf;
}

export type { Tensor } from '@tensorflow/tfjs-core';
