import { isMainThread } from 'node:worker_threads';

/**
 * Mesa's EGL reads EGL_PLATFORM from the process's real environment, which
 * only the main thread can change (a worker's process.env is a copy). Without
 * it Mesa looks for an X display and Dawn finds no OpenGL adapter. Front ends
 * call this before grading starts workers. Only for KATA_BACKEND=webgpu, so
 * that nothing else this process starts (Chromium for the report) sees it.
 */
export function prepareBackendProcess(backend = process.env.KATA_BACKEND): void {
  if (isMainThread && backend === 'webgpu') process.env.EGL_PLATFORM ??= 'surfaceless';
}
