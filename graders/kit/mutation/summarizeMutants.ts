import type { EquivalentMutant } from '../toolkit/defineEquivalentMutants';

/** The part of Stryker's mutation-testing-report-schema JSON we read. */
export interface MutationReport {
  readonly files: Record<
    string,
    {
      readonly source: string;
      readonly mutants: readonly {
        readonly id: string;
        readonly mutatorName: string;
        readonly replacement?: string;
        readonly status: string;
        readonly statusReason?: string;
        readonly location: { readonly start: { readonly line: number; readonly column: number } };
      }[];
    }
  >;
}

export interface Survivor {
  readonly file: string;
  readonly line: number;
  readonly mutator: string;
  readonly replacement: string;
  readonly source: string;
}

export interface MutationSummary {
  readonly mutants: number;
  readonly killed: number;
  readonly timedOut: number;
  readonly survived: number;
  readonly noCoverage: number;
  readonly equivalent: number;
  readonly errors: number;
  /** (killed + timed out) / (all − equivalent − errors), in percent. */
  readonly score: number;
  readonly survivors: readonly Survivor[];
}

export function summarizeMutants(report: MutationReport, equivalents: readonly EquivalentMutant[]): MutationSummary {
  let killed = 0,
    timedOut = 0,
    survived = 0,
    noCoverage = 0,
    equivalent = 0,
    errors = 0,
    mutants = 0;
  const survivors: Survivor[] = [];
  for (const [file, f] of Object.entries(report.files)) {
    const lines = f.source.split('\n');
    for (const m of f.mutants) {
      mutants++;
      const source = lines[m.location.start.line - 1] ?? '';
      const replacement = m.replacement ?? '';
      const isEquivalent = equivalents.some(
        (e) => e.mutator === m.mutatorName && e.replacement === replacement && source.includes(e.line),
      );
      // Our worker stops an infinite loop itself (well before Stryker's own
      // timeout), which Stryker sees as a failing test: count it as a timeout.
      const stoppedByUs = m.status === 'Killed' && /stopped after [\d.]+ s/.test(m.statusReason ?? '');
      if (m.status === 'Timeout' || stoppedByUs) timedOut++;
      else if (m.status === 'Killed') killed++;
      else if (m.status === 'CompileError' || m.status === 'RuntimeError') errors++;
      else if (isEquivalent) equivalent++;
      else if (m.status === 'NoCoverage') noCoverage++;
      else {
        survived++;
        survivors.push({
          file,
          line: m.location.start.line,
          mutator: m.mutatorName,
          replacement,
          source: source.trim(),
        });
      }
    }
  }
  const scored = mutants - equivalent - errors;
  return {
    mutants,
    killed,
    timedOut,
    survived,
    noCoverage,
    equivalent,
    errors,
    score: scored > 0 ? (100 * (killed + timedOut)) / scored : 100,
    survivors,
  };
}
