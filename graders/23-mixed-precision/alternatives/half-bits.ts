// Correct, written differently: through the bit patterns. The double's bits
// are read with a DataView; its significand m (53 bits with the hidden one)
// is shifted right onto the half grid, rounding the dropped bits to nearest
// even; the 16-bit pattern is then decoded.
const bitsOfDouble = new DataView(new ArrayBuffer(8));

/** sign·exponent·mantissa of a half: field 0 is subnormal (m·2⁻²⁴), 31 is ∞/NaN. */
function fromHalfBits(bits: number): number {
  const sign = bits & 0x8000 ? -1 : 1;
  const field = (bits >> 10) & 0x1f;
  const mantissa = bits & 0x3ff;
  if (field === 0x1f) return mantissa ? Number.NaN : sign * Number.POSITIVE_INFINITY;
  if (field === 0) return sign * mantissa * 2 ** -24;
  return sign * (1024 + mantissa) * 2 ** (field - 25);
}

function float16Bits(x: number): number {
  bitsOfDouble.setFloat64(0, x);
  const hi = bitsOfDouble.getUint32(0);
  const lo = bitsOfDouble.getUint32(4);
  const sign = hi >>> 31 ? 0x8000 : 0;
  const field = (hi >>> 20) & 0x7ff;
  if (field === 0x7ff) return sign | 0x7c00 | (hi & 0xfffff || lo ? 0x200 : 0);
  // x = m·2^(e − 52), m < 2⁵³; the half grid at x is 2^(max(e, −14) − 10).
  const e = field === 0 ? -1022 : field - 1023;
  const m = ((hi & 0xfffff) + (field === 0 ? 0 : 0x100000)) * 2 ** 32 + lo;
  const drop = 42 + Math.max(0, -14 - e);
  if (drop > 53) return sign; // m < 2⁵³ ≤ half of 2^drop: nearer 0
  const unit = 2 ** drop;
  let q = Math.floor(m / unit);
  const rest = m - q * unit;
  if (rest > unit / 2 || (rest === unit / 2 && q % 2 === 1)) q += 1;
  // (field − 1)·1024 + q for normals (q in [1024, 2048]), q for subnormals: a carry moves into the exponent.
  const bits = (Math.max(e, -14) + 14) * 1024 + q;
  return sign | Math.min(bits, 0x7c00);
}

export function toFloat16(x: number): number {
  return fromHalfBits(float16Bits(x));
}

export interface ScalerState {
  readonly scale: number;
  readonly goodSteps: number;
}

export interface ScalerOptions {
  readonly growthFactor?: number;
  readonly backoffFactor?: number;
  readonly growthInterval?: number;
}

export interface AmpOptions extends ScalerOptions {
  readonly lr: number;
}

function checked(state: ScalerState, opts: ScalerOptions): Required<ScalerOptions> {
  const o = { growthFactor: 2, backoffFactor: 0.5, growthInterval: 2000, ...opts };
  const problems = [
    Number.isFinite(state.scale) && state.scale > 0 ? '' : 'scale must be positive and finite',
    o.growthFactor > 1 ? '' : 'growthFactor must exceed 1',
    o.backoffFactor > 0 && o.backoffFactor < 1 ? '' : 'backoffFactor must lie in (0, 1)',
    Number.isInteger(o.growthInterval) && o.growthInterval > 0 ? '' : 'growthInterval must be a positive integer',
  ].filter(Boolean);
  if (problems.length) throw new Error(problems.join('; '));
  return o;
}

export function scalerUpdate(state: ScalerState, foundInf: boolean, opts: ScalerOptions = {}): ScalerState {
  const o = checked(state, opts);
  let { scale, goodSteps } = state;
  if (foundInf) {
    scale *= o.backoffFactor;
    goodSteps = 0;
  } else {
    goodSteps += 1;
    if (goodSteps === o.growthInterval) {
      scale *= o.growthFactor;
      goodSteps = 0;
    }
  }
  return { scale, goodSteps };
}

export function ampStep(
  master: number[],
  grad16: number[],
  state: ScalerState,
  opts: AmpOptions,
): { master: number[]; half: number[]; state: ScalerState; skipped: boolean } {
  checked(state, opts);
  const inv = 1 / state.scale;
  const next: number[] = [];
  let skipped = false;
  for (let i = 0; i < master.length; i++) {
    const g = grad16[i] * inv;
    if (!Number.isFinite(g)) skipped = true;
    next.push(master[i] - opts.lr * g);
  }
  const out = skipped ? master.slice() : next;
  return {
    master: out,
    half: out.map((w) => toFloat16(w)),
    state: scalerUpdate(state, skipped, opts),
    skipped,
  };
}
