import { type BackendVerdict, judgeBackend, refusal } from '../judgeBackend';

type Tf = typeof import('@tensorflow/tfjs-core');

// graders/kit/backends/startBackend.ts for the browser. Starting WebGL or WebGPU
// is asynchronous there too, so the test starts the backend first
// (startInBrowser) and the synchronous reference only checks and judges it.
// The verdict lives as long as the page: there is no .kata/cache here.

const verdicts = new Map<string, BackendVerdict>();

export const BROWSER_BACKENDS = ['webgl', 'webgpu'] as const;

export function startBackend(tf: Tf, name: string): BackendVerdict {
  const fallBack = 'unset KATA_BACKEND to grade on cpu';
  if (!(BROWSER_BACKENDS as readonly string[]).includes(name)) {
    throw new Error(
      `KATA_BACKEND=${name} is not available in the browser; the browser backends are ${BROWSER_BACKENDS.join(', ')} (${fallBack})`,
    );
  }
  if (
    !tf.engine().registryFactory[name] ||
    !(tf.engine() as unknown as { registry: Record<string, unknown> }).registry[name]
  ) {
    throw new Error(
      `KATA_BACKEND=${name} has not started in this page: await startInBrowser('${name}') first (${fallBack})`,
    );
  }
  const verdict = verdicts.get(name) ?? judgeBackend(tf, name, describeDevice(tf, name));
  verdicts.set(name, verdict);
  if (verdict.disagreements.length) throw new Error(refusal(verdict));
  return verdict;
}

function describeDevice(tf: Tf, name: string): string {
  if (name === 'webgl') {
    type Gl = {
      getExtension(name: string): { UNMASKED_RENDERER_WEBGL: number } | null;
      getParameter(p: number): unknown;
      RENDERER: number;
    };
    const gl = (tf.backend() as unknown as { gpgpu?: { gl: Gl } }).gpgpu?.gl;
    const info = gl?.getExtension('WEBGL_debug_renderer_info');
    return gl
      ? `${String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER))} (Chromium WebGL 2)`
      : 'WebGL';
  }
  const adapter = (
    tf.findBackend(name) as unknown as {
      adapterInfo?: { vendor?: string; architecture?: string; description?: string };
    }
  ).adapterInfo;
  return `${[adapter?.vendor, adapter?.architecture, adapter?.description].filter(Boolean).join(' ') || 'unknown adapter'} (Chromium WebGPU)`;
}
