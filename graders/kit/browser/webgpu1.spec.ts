import { gradeSolutionsInBrowser, opCoverKatas } from './gradeInBrowser';

// npm run test:browser: WebGPU in Chromium (SwiftShader without a GPU), the
// first half of the katas whose references call every tfjs op between them
// (opCover.ts). The cover is split over two files, and test:browser starts a
// fresh Chromium for each: after a few minutes of tfjs-webgpu's synchronous
// reads (three OffscreenCanvases per read) SwiftShader's reads slowed the
// fourth kata from 40 s to over 10 minutes, or read zeros (which the
// conformance check then refused). Every op runs alone in the conformance
// check of each half.
const cover = opCoverKatas();
gradeSolutionsInBrowser('webgpu', cover.slice(0, Math.ceil(cover.length / 2)));
