import * as core from '@actions/core';
import type { PrResults } from '../results/prResults';
import type { PrOutputs } from './writePrOutputs';

/** On GitHub Actions: the `result` output (Classroom), the job summary, and annotations at the learner's lines. */
export async function publishOnGitHub(pr: PrResults, outputs: PrOutputs): Promise<void> {
  if (process.env.GITHUB_ACTIONS !== 'true') return;
  if (outputs.classroom) core.setOutput('result', outputs.classroom);
  await core.summary.addRaw(outputs.markdown).write();
  for (const a of outputs.annotations) core.error(a.message, { file: a.file, startLine: a.line, title: a.title });
  if (pr.error) core.setFailed(pr.error);
}
