import { catalog } from '../../catalog';
import { gradeSolutionsInBrowser } from './gradeInBrowser';

// npm run test:browser: WebGPU in Chromium, every kata webgpu1.spec.ts does not grade.
gradeSolutionsInBrowser(
  'webgpu',
  catalog.map((k) => k.slug).filter((s) => !['matmul', 'activations', 'mlp-backprop'].includes(s)),
);
