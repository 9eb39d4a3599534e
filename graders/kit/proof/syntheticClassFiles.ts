import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { forArtifact } from '../pr/writePrOutputs';
import { resultsJson } from '../reporters/resultsJson';
import { PR_RESULTS_SCHEMA, type PrResults } from '../results/prResults';
import type { SyntheticStudent } from './syntheticClass';

const sha = (text: string): string => crypto.createHash('sha1').update(text).digest('hex');

/**
 * Writes each student's results as one of the files grading writes, in turn:
 * `npm test`'s .kata/results.json, the PR workflow's artifact.json, grade:pr's
 * results.json and `npm test -- --results`' raw results, each in the
 * student's own folder (as downloaded from the class's workflow runs).
 * Returns the file of each student, in order.
 */
export function writeSyntheticClass(students: readonly SyntheticStudent[], dir: string): string[] {
  const base = sha('the template');
  return students.map((s, i) => {
    const pr: PrResults = {
      schema: PR_RESULTS_SCHEMA,
      base,
      head: sha(s.name),
      pullRequest: 1,
      graded: [],
      ignored: [],
      results: s.results,
    };
    const [file, data] = (
      [
        [path.join('.kata', 'results.json'), resultsJson(s.results)],
        ['artifact.json', forArtifact(pr)],
        [path.join('pr', 'results.json'), pr],
        [path.join('run', 'results.json'), s.results],
      ] as const
    )[i % 4];
    const at = path.join(dir, s.name, file);
    fs.mkdirSync(path.dirname(at), { recursive: true });
    fs.writeFileSync(at, JSON.stringify(data));
    return at;
  });
}
