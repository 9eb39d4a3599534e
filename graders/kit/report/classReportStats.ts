import { KATA_STATUSES, type KataStatus } from '../results/results';
import type { ClassStudent } from './classReportInputs';

export interface MisconceptionCount {
  readonly id: string;
  /** The kata whose grading named it. */
  readonly slug: string;
  /** The learner-facing text, as the students' results carry it; undefined if none did. */
  readonly text?: string;
  /** How many students' code was shown to make it (each student once). */
  readonly students: number;
}

export interface KataClassStats {
  readonly slug: string;
  readonly number: string;
  readonly title: string;
  /** Students whose results include the kata. */
  readonly students: number;
  readonly status: Readonly<Record<KataStatus, number>>;
  /** Points of the students who started it (passed, failing or error), each with its maximum. */
  readonly scores: readonly { readonly points: number; readonly maxPoints: number }[];
  readonly misconceptions: readonly MisconceptionCount[];
  /** Failing students whose failures named no misconception: wrong, in a way no known mistake explains. */
  readonly undiagnosed: number;
}

export interface ClassStats {
  readonly students: number;
  readonly katas: readonly KataClassStats[];
  /** Every misconception hit, across katas, most students first (then by id). */
  readonly misconceptions: readonly MisconceptionCount[];
}

/** Counts over a class: per kata its statuses, its points and the misconceptions hit, each student once. */
export function classStats(students: readonly ClassStudent[]): ClassStats {
  const katas = new Map<
    string,
    {
      number: string;
      title: string;
      students: number;
      status: Record<KataStatus, number>;
      scores: { points: number; maxPoints: number }[];
      hits: Map<string, Set<number>>;
      texts: Map<string, string>;
      undiagnosed: number;
    }
  >();
  students.forEach((student, i) => {
    for (const k of student.katas) {
      let s = katas.get(k.slug);
      if (!s) {
        s = {
          number: k.number,
          title: k.title,
          students: 0,
          status: Object.fromEntries(KATA_STATUSES.map((st) => [st, 0])) as Record<KataStatus, number>,
          scores: [],
          hits: new Map(),
          texts: new Map(),
          undiagnosed: 0,
        };
        katas.set(k.slug, s);
      }
      s.students++;
      s.status[k.status]++;
      if (k.status !== 'not-started') s.scores.push({ points: k.points, maxPoints: k.maxPoints });
      if (k.status === 'failing' && k.misconceptions.length === 0) s.undiagnosed++;
      for (const id of k.misconceptions) {
        if (!s.hits.has(id)) s.hits.set(id, new Set());
        s.hits.get(id)!.add(i);
        const text = k.texts[id];
        if (text && !s.texts.has(id)) s.texts.set(id, text);
      }
    }
  });
  const perKata = [...katas.entries()]
    .map(
      ([slug, s]): KataClassStats => ({
        slug,
        number: s.number,
        title: s.title,
        students: s.students,
        status: s.status,
        scores: s.scores,
        misconceptions: [...s.hits.entries()]
          .map(([id, who]) => ({ id, slug, text: s.texts.get(id), students: who.size }))
          .sort(mostFirst),
        undiagnosed: s.undiagnosed,
      }),
    )
    .sort((a, b) => (a.number + a.slug < b.number + b.slug ? -1 : 1));
  return {
    students: students.length,
    katas: perKata,
    misconceptions: perKata.flatMap((k) => k.misconceptions).sort(mostFirst),
  };
}

const mostFirst = (a: MisconceptionCount, b: MisconceptionCount): number =>
  b.students - a.students || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
