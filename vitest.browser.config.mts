import path from 'node:path';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig, type Plugin } from 'vitest/config';

// `npm run test:browser`: the graders in headless Chromium (Debian's, at
// /usr/bin/chromium: playwright's own browser download cannot reach its host
// here), with WebGL and WebGPU as reference (graders/kit/browser, with the swaps in graders/kit/backends/browser).
// Three Node-only modules are swapped for browser ones: how tfjs is loaded,
// how a backend starts, and the repository paths.

const root = import.meta.dirname;
const swaps = new Map(
  [
    ['graders/kit/backends/loadTf.ts', 'graders/kit/backends/browser/tfjsBrowser.ts'],
    ['graders/kit/backends/startBackend.ts', 'graders/kit/backends/browser/startBrowserBackend.ts'],
    ['graders/kit/paths.ts', 'graders/kit/backends/browser/pathsBrowser.ts'],
  ].map(([from, to]) => [path.join(root, from), path.join(root, to)]),
);

const browserSwaps: Plugin = {
  name: 'gradkata-browser-swaps',
  enforce: 'pre',
  async resolveId(source, importer, options) {
    if (!source.startsWith('.') || !importer) return null;
    const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
    return resolved && swaps.has(resolved.id) ? swaps.get(resolved.id)! : null;
  },
};

export default defineConfig({
  plugins: [browserSwaps],
  // KATA_BROWSER_KATAS=cover: grade only the katas whose references call every tfjs op between them (.ci/run).
  define: { __KATA_BROWSER_KATAS__: JSON.stringify(process.env.KATA_BROWSER_KATAS ?? 'all') },
  test: {
    include: ['graders/kit/browser/*.spec.ts'],
    testTimeout: 300_000,
    hookTimeout: 120_000,
    browser: {
      enabled: true,
      headless: true,
      screenshotFailures: false,
      provider: playwright({
        launchOptions: {
          executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
          args: [
            '--no-sandbox',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
            '--disable-quic',
            '--enable-unsafe-webgpu',
            '--enable-unsafe-swiftshader',
            '--use-angle=swiftshader',
            // Without these, tfjs-webgpu's synchronous read (through an OffscreenCanvas) returns zeros here.
            '--use-vulkan=swiftshader',
            '--use-webgpu-adapter=swiftshader',
            '--enable-features=Vulkan',
            '--ignore-gpu-blocklist',
          ],
        },
      }),
      instances: [{ browser: 'chromium' }],
    },
  },
});
