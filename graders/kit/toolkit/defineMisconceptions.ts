/**
 * A mistake people make, with a stable id (`attention.scale-missing`) and its
 * text in one place: graders name it, variants declare it, reporters turn the
 * id into words (and, later, into the reader's language), and a class report
 * counts it.
 */
export interface Misconception {
  readonly id: string;
  /** For the learner: what the mistake is and what is right, with the math. */
  readonly text: string;
}

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * A kata's misconceptions, keyed by their short names: `defineMisconceptions('matmul', { 'db-transposed': '…' })`
 * gives `['db-transposed'].id === 'matmul.db-transposed'`.
 */
export function defineMisconceptions<const T extends Record<string, string>>(
  kata: string,
  texts: T,
): { readonly [N in keyof T]: Misconception } {
  if (!KEBAB.test(kata)) throw new Error(`defineMisconceptions: "${kata}" is not a kata slug`);
  const out: Record<string, Misconception> = {};
  for (const [name, text] of Object.entries(texts)) {
    if (!KEBAB.test(name)) throw new Error(`defineMisconceptions: "${name}" (${kata}) must be kebab-case`);
    if (!text.trim()) throw new Error(`defineMisconceptions: ${kata}.${name} has no text`);
    out[name] = { id: `${kata}.${name}`, text };
  }
  return out as { readonly [N in keyof T]: Misconception };
}
