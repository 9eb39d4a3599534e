import { gradeSolutionsInBrowser } from './gradeInBrowser';

// npm run test:browser: WebGPU in Chromium (--enable-unsafe-webgpu; SwiftShader without a GPU).
gradeSolutionsInBrowser('webgpu');
