import { pinMesa } from './pinMesa';

// WebGPU in Node through Dawn (the `webgpu` package). On a machine with a GPU
// Dawn's default backend (Vulkan, Metal, D3D12) finds it; where there is none
// (or no Vulkan loader, as on our CI machines) Dawn's OpenGL backend runs on
// Mesa's software renderer, which only offers WebGPU's compatibility level.

export interface DawnAdapter {
  readonly adapter: unknown;
  /** What the adapter says it is, e.g. "llvmpipe (Mesa 22.3.6) via OpenGL". */
  readonly description: string;
}

type Gpu = { requestAdapter(options?: object): Promise<AdapterLike | null> };
type AdapterLike = { info?: { description?: string; device?: string; vendor?: string; backendType?: string } };

function describe(adapter: AdapterLike, via: string): string {
  const info = adapter.info ?? {};
  const name = [info.vendor, info.device || info.description].filter(Boolean).join(' ');
  return `${name || 'unknown adapter'} (${via})`;
}

/**
 * Every Dawn instance made here, kept alive for the thread's life: an
 * instance garbage-collected while Dawn still has an event check scheduled
 * for it crashes the process (seen: a segfault in InstanceBase::ProcessEvents
 * after the Vulkan attempt found no adapter and was dropped).
 */
const instances: unknown[] = [];

/** Finds an adapter and makes it what `navigator.gpu` hands tfjs's webgpu backend. */
export async function startDawn(): Promise<DawnAdapter> {
  process.env.EGL_PLATFORM ??= 'surfaceless'; // Mesa's EGL without a display
  const { create, globals } = (await import('webgpu')) as { create(flags: string[]): Gpu; globals: object };
  Object.assign(globalThis, globals);
  const attempts: [string[], object, string][] = [
    [[], { powerPreference: 'high-performance' }, 'Dawn default backend'],
    [['backend=opengl'], { featureLevel: 'compatibility' }, 'Dawn OpenGL backend'],
  ];
  for (const [flags, options, via] of attempts) {
    if (flags.includes('backend=opengl')) pinMesa();
    const gpu = create(flags);
    instances.push(gpu);
    const adapter = await gpu.requestAdapter(options);
    if (!adapter) continue;
    // tfjs asks navigator.gpu for an adapter without the compatibility level
    // the OpenGL backend needs: hand it the one found here.
    const requestAdapter = async (): Promise<AdapterLike> => adapter;
    Object.defineProperty(globalThis, 'navigator', {
      value: { gpu: { requestAdapter } },
      configurable: true,
      writable: true,
    });
    return { adapter, description: describe(adapter, via) };
  }
  throw new Error('Dawn found no GPU adapter (neither Vulkan nor OpenGL through EGL)');
}
