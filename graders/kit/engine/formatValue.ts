/**
 * A counterexample as readable text: numbers to 6 significant digits (the
 * replay command reproduces the exact values), cut at `limit` characters.
 */
export function formatValue(value: unknown, limit = 600): string {
  const text =
    JSON.stringify(value, (_key, v: unknown) =>
      typeof v === 'number'
        ? Number.isFinite(v)
          ? Number(v.toPrecision(6))
          : String(v)
        : typeof v === 'function'
          ? '[function]'
          : v,
    ) ?? String(value);
  return text.length > limit ? `${text.slice(0, limit)}… (${text.length - limit} more characters)` : text;
}
