import path from 'node:path';
import { writeReport } from '../report/writeReport';
import type { RunResults } from '../results/results';
import { gradedFixture, sources } from './gradedFixture';
import { type OfflinePage, openOffline } from './openOffline';

/**
 * The HTML report of these katas' solutions, really graded, written to a
 * file and opened offline in headless Chromium: what a grader's pictures
 * look like to a learner who has solved the kata.
 */
export async function solvedReportOffline(slugs: readonly string[]): Promise<OfflinePage & { results: RunResults }> {
  const graded = await gradedFixture(Object.fromEntries(slugs.map((s) => [s, sources.solution])));
  const file = writeReport(path.join(graded.target, 'report.html'), graded.results);
  return { ...(await openOffline(file)), results: graded.results };
}
