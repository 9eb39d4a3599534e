// Norms by loops: Math.hypot(...xs) and Math.max(...xs) spread their
// argument, and a conv kata's tensors are past the engine's argument limit.

/** ‖x‖₂, scaled so that neither tiny nor huge entries underflow or overflow. */
export function norm2(x: ArrayLike<number>): number {
  const m = normInf(x);
  if (m === 0 || !Number.isFinite(m)) return m;
  let s = 0;
  for (let i = 0; i < x.length; i++) s += (x[i] / m) ** 2;
  return m * Math.sqrt(s);
}

/** ‖x‖∞ = max |xᵢ| (NaN if any entry is NaN, 0 for no entries). */
export function normInf(x: ArrayLike<number>): number {
  let m = 0;
  for (let i = 0; i < x.length; i++) {
    const a = Math.abs(x[i]);
    if (Number.isNaN(a)) return Number.NaN;
    if (a > m) m = a;
  }
  return m;
}

/** ⟨a, b⟩ = Σ aᵢ·bᵢ. */
export function dot(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}
