import { gradeSolutionsInBrowser } from './gradeInBrowser';

// npm run test:browser: WebGPU in Chromium (SwiftShader without a GPU), the
// first three katas. The katas are split over two files, and test:browser
// starts a fresh Chromium for each: after a few minutes of tfjs-webgpu's
// synchronous reads (three OffscreenCanvases per read) SwiftShader's reads
// slowed the fourth kata from 40 s to over 10 minutes, or read zeros (which
// the conformance check then refused).
gradeSolutionsInBrowser('webgpu', ['matmul', 'activations', 'mlp-backprop']);
