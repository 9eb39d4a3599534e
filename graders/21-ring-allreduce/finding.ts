import { fail } from '../kit/toolkit';

/** A broken rule of ring all-reduce: what was seen, and the mistake it points to. */
export interface Finding {
  readonly summary: string;
  readonly misconception: string;
}

export function failWith(fn: string, f: Finding): never {
  fail({ fn, summary: f.summary, misconception: f.misconception });
}

/** The mistake first, then the evidence: how a finding reads as another check's likely mistake. */
export function explain(f: Finding): string {
  return `${f.misconception} (${f.summary})`;
}
