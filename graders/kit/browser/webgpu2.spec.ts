import { gradeSolutionsInBrowser, opCoverKatas } from './gradeInBrowser';

// npm run test:browser: WebGPU in Chromium, the second half of the op cover (webgpu1.spec.ts says why two files).
const cover = opCoverKatas();
gradeSolutionsInBrowser('webgpu', cover.slice(Math.ceil(cover.length / 2)));
