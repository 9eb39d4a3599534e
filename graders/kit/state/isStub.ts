/**
 * A kata file as shipped: every exported function still calls
 * notImplemented(). A learner's half-done file (one function written) is not
 * a stub, so `kata reset` never restores one.
 */
export function isStub(source: string): boolean {
  const calls = source.match(/\bnotImplemented\(/g)?.length ?? 0;
  const functions = source.match(/^export (async )?function\b/gm)?.length ?? 0;
  return calls > 0 && calls >= functions;
}
