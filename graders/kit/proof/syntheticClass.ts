import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { seededRng } from '../../../katas/lib/rng';
import { catalog, type KataEntry } from '../../catalog';
import { DEFAULT_SEED } from '../engine/propertySeed';
import { learnerFile, solutionsDir } from '../paths';
import type { KataResult, RunResults } from '../results/results';
import { gradeTargets } from './gradeTargets';
import { materializeVariants } from './materializeVariants';
import { pristineTarget } from './pristineTarget';

/** What one student handed in for one kata: the plan the class was built from, before any grading. */
export type SyntheticPick =
  | { readonly kind: 'solution' }
  | { readonly kind: 'stub' }
  | { readonly kind: 'syntax-error' }
  | { readonly kind: 'variant'; readonly name: string; readonly misconception: string; readonly text: string };

export interface SyntheticStudent {
  readonly name: string;
  /** Keyed by slug. */
  readonly picks: Readonly<Record<string, SyntheticPick>>;
  readonly results: RunResults;
}

export interface SyntheticClassOptions {
  readonly students: number;
  readonly seed: number;
  /** Wrong variants drawn per kata (all of them when it has fewer): fewer targets to grade, the same kinds of results. */
  readonly variantsPerKata: number;
  /** The katas the class was set; default the catalogue. */
  readonly katas?: readonly KataEntry[];
}

// How a class spreads over a kata; the wrong variants drawn share their part
// by 1/rank, so some mistakes are common and others rare, as in a real class.
const SHARES = { solution: 0.3, stub: 0.15, 'syntax-error': 0.05, variant: 0.5 } as const;

/**
 * A class of students built from real grading: per kata its solution, its
 * untouched stub, a file that does not build and a seeded draw of its
 * known-wrong variants are each graded once, and every student is assembled
 * from those results by a seeded draw per kata. What each student was given
 * (`picks`) is kept, so a test can derive what a report of the class must say
 * without reading the report's own arithmetic.
 */
export async function buildSyntheticClass(o: SyntheticClassOptions): Promise<SyntheticStudent[]> {
  const random = seededRng(o.seed);
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'gradkata-class-'));
  const perKata = new Map<string, { picks: SyntheticPick[]; weights: number[]; results: KataResult[] }>();
  const set = o.katas ?? catalog;
  try {
    for (const kata of set) {
      const { wrong } = await materializeVariants(kata);
      const drawn = shuffle(wrong, random).slice(0, o.variantsPerKata);
      const picks: SyntheticPick[] = [
        { kind: 'solution' },
        { kind: 'stub' },
        { kind: 'syntax-error' },
        ...drawn.map(
          (w): SyntheticPick => ({
            kind: 'variant',
            name: w.variant.name,
            misconception: w.variant.misconception.id,
            text: w.variant.misconception.text,
          }),
        ),
      ];
      const harmonic = drawn.reduce((s, _, i) => s + 1 / (i + 1), 0);
      const weights = [
        SHARES.solution,
        SHARES.stub,
        SHARES['syntax-error'],
        ...drawn.map((_, i) => (SHARES.variant * (1 / (i + 1))) / harmonic),
      ];
      const targets = [solutionsDir, pristineTarget(kata), brokenTarget(scratch, kata), ...drawn.map((w) => w.target)];
      perKata.set(kata.slug, { picks, weights, results: await gradeTargets(kata, targets) });
    }
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
  return Array.from({ length: o.students }, (_, i) => {
    const picks: Record<string, SyntheticPick> = {};
    const katas = set.map((kata) => {
      const k = perKata.get(kata.slug)!;
      const j = draw(k.weights, random);
      picks[kata.slug] = k.picks[j];
      // Each student's grading took its own time, as real runs do: two
      // students given the same files are still two gradings.
      return { ...k.results[j], durationMs: k.results[j].durationMs + (i + 1) / 1000 };
    });
    const results: RunResults = {
      target: 'katas',
      seed: DEFAULT_SEED,
      backend: 'cpu',
      katas,
      points: katas.reduce((s, k) => s + k.points, 0),
      maxPoints: katas.reduce((s, k) => s + k.maxPoints, 0),
      durationMs: katas.reduce((s, k) => s + k.durationMs, 0),
    };
    return { name: `student-${String(i + 1).padStart(3, '0')}`, picks, results };
  });
}

/** A kata file that does not build (a student's half-typed edit): its kata grades as an error. */
function brokenTarget(scratch: string, kata: KataEntry): string {
  const target = path.join(scratch, 'syntax-error');
  const file = learnerFile(target, kata);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `export function ${kata.slug.replace(/-./g, (m) => m[1].toUpperCase())}(a: number[][] {\n`);
  return target;
}

function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

function draw(weights: readonly number[], random: () => number): number {
  let r = random() * weights.reduce((s, w) => s + w, 0);
  for (const [i, w] of weights.entries()) {
    r -= w;
    if (r < 0) return i;
  }
  return weights.length - 1;
}
