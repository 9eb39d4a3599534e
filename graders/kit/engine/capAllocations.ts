/** One allocation larger than this is a bug in a kata, not a need: the biggest graded tensor is kilobytes. */
export const MAX_ALLOCATION_BYTES = 256 * 1024 * 1024;

const TYPED = [
  'Float64Array',
  'Float32Array',
  'Int8Array',
  'Uint8Array',
  'Uint8ClampedArray',
  'Int16Array',
  'Uint16Array',
  'Int32Array',
  'Uint32Array',
  'BigInt64Array',
  'BigUint64Array',
];

/**
 * A worker's heap limit (resourceLimits) covers JavaScript arrays but not
 * ArrayBuffers, which live outside the heap: `new Float64Array(2 ** 28)`
 * would take 2 GiB of the machine. Each buffer-making constructor is wrapped
 * so that one allocation above the limit throws a RangeError that says so;
 * `instanceof` and the constructors' statics still work through the proxy.
 */
export function capAllocations(limit = MAX_ALLOCATION_BYTES): void {
  const g = globalThis as unknown as Record<string, unknown>;
  for (const name of ['ArrayBuffer', 'SharedArrayBuffer', ...TYPED]) {
    const ctor = g[name] as (new (...args: unknown[]) => object) & { BYTES_PER_ELEMENT?: number };
    if (typeof ctor !== 'function') continue;
    const perElement = ctor.BYTES_PER_ELEMENT ?? 1;
    g[name] = new Proxy(ctor, {
      construct(target, args, newTarget) {
        const bytes = typeof args[0] === 'number' ? args[0] * perElement : 0;
        if (bytes > limit) {
          throw new RangeError(
            `new ${name}(${args[0]}) asks for ${(bytes / 2 ** 20).toFixed(0)} MiB at once; a kata may allocate at most ${limit / 2 ** 20} MiB in one go`,
          );
        }
        return Reflect.construct(target, args, newTarget) as object;
      },
    });
  }
}
