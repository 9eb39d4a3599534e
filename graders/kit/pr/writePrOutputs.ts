import fs from 'node:fs';
import path from 'node:path';
import { type Annotation, annotations } from '../reporters/annotations';
import { classroomOutput, classroomResult } from '../reporters/classroomResult';
import { markdownComment } from '../reporters/markdownComment';
import type { PrResults } from '../results/prResults';

export interface PrOutputs {
  readonly markdown: string;
  /** base64, the autograding-grading-reporter's runner input. */
  readonly classroom?: string;
  readonly annotations: readonly Annotation[];
}

/**
 * Every file grading a PR leaves, the same locally and in CI:
 * results.json (everything), artifact.json (what the comment job may see),
 * comment.md, classroom.json + classroom.b64, annotations.json.
 */
export function writePrOutputs(outDir: string, pr: PrResults, source: (file: string) => string | undefined): PrOutputs {
  fs.mkdirSync(outDir, { recursive: true });
  const write = (name: string, text: string): void => fs.writeFileSync(path.join(outDir, name), text);
  const markdown = markdownComment(pr);
  const notes = pr.results ? annotations(pr.results, source) : [];
  write('results.json', `${JSON.stringify(pr, null, 2)}\n`);
  write('artifact.json', `${JSON.stringify(forArtifact(pr))}\n`);
  write('comment.md', markdown);
  write('annotations.json', `${JSON.stringify(notes, null, 2)}\n`);
  if (!pr.results) return { markdown, annotations: notes };
  const result = classroomResult(pr.results, source);
  const classroom = classroomOutput(result);
  write('classroom.json', `${JSON.stringify(result, null, 2)}\n`);
  write('classroom.b64', `${classroom}\n`);
  return { markdown, classroom, annotations: notes };
}

/**
 * Without what the learner's code printed, its pictures and the failures' raw tensors:
 * small, and nothing the comment needs. Each failure's sentence stays, as
 * data, so the comment is written in the class's language.
 */
export function forArtifact(pr: PrResults): PrResults {
  if (!pr.results) return pr;
  const katas = pr.results.katas.map(({ output: _output, pictures: _pictures, ...k }) => ({
    ...k,
    properties: k.properties.map((p) => {
      if (!p.failure) return p;
      const { tensors: _t, curves: _c, ...detail } = p.failure.detail;
      return { ...p, failure: { ...p.failure, detail } };
    }),
  }));
  return { ...pr, results: { ...pr.results, katas } };
}
