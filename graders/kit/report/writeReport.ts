import fs from 'node:fs';
import path from 'node:path';
import type { RunResults } from '../results/results';
import { type ReportOptions, renderReport } from './renderReport';

/** Writes the report to `file` (folders created) and returns its absolute path, for "open file://…". */
export function writeReport(file: string, results: RunResults, options?: ReportOptions): string {
  const abs = path.resolve(file);
  fs.mkdirSync(path.dirname(abs), { recursive: true });
  fs.writeFileSync(abs, renderReport(results, options));
  return abs;
}
