import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../paths';
import { classroomOutput, classroomResult } from '../reporters/classroomResult';
import { testOutcome } from '../reporters/testOutcome';
import { runClassroomResourcesNotify, runEducationReporter } from './fixtures/classroomReporter/runReporter';
import { everyKataFailing } from './fixtures/everyKataFailing';

// GitHub Classroom's reporters, their own code (fixtures/classroomReporter,
// vendored unchanged), run on what gradkata hands them: Classroom is told
// gradkata's points, the log has the learner's lines, and the result reaches
// the reporter at all.

/** The job of classroom.yml, whose check run the education reporter must find by name. */
const classroomJob = (() => {
  const y = fs.readFileSync(path.join(repoRoot, '.github', 'workflows', 'classroom.yml'), 'utf8');
  const job = /^jobs:\n {2}([\w-]+):\n((?: {4}.*\n)+)/m.exec(y)!;
  // A job's check run is named by its `name:` if it has one, else by its id.
  return /^ {4}name: (.+)$/m.exec(job[2])?.[1] ?? job[1];
})();

describe("GitHub Classroom's reporters, run on gradkata's result", () => {
  const results = everyKataFailing();
  const b64 = classroomOutput(classroomResult(results));
  const total = `Points ${results.points}/${results.maxPoints}`;

  it(`education/autograding-grading-reporter@v1 finds classroom.yml's job (${classroomJob}) and writes gradkata's points on it`, async () => {
    const run = await runEducationReporter('gradkata', b64, [classroomJob]);
    expect(run.askedFor).toBe(classroomJob);
    expect(run.checkRunOutput?.summary).toBe(total);
    expect(JSON.parse(run.checkRunOutput!.text)).toEqual({ totalPoints: results.points, maxPoints: results.maxPoints });
    // Every failing test with its line in the learner's file, none "line undefined".
    expect(run.log).not.toContain('line undefined');
    expect(run.log).toContain('❌ 00 kata-number-00: dX of property 1 matches autodiff of the reference - line 11');
    expect(run.log).toContain('✅ 00 kata-number-00: dX of property 0 matches autodiff of the reference\u001b');
    expect(run.exitCode).toBe(1);
  }, 60_000);

  it('…and in a job of another name it tells Classroom nothing', async () => {
    const run = await runEducationReporter('gradkata', b64, ['autograding']);
    expect(run.askedFor).toBe('run-autograding-tests');
    expect(run.checkRunOutput).toBeUndefined();
  }, 60_000);

  it('classroom-resources/autograding-grading-reporter@v1 notes the same points', async () => {
    const run = await runClassroomResourcesNotify('gradkata', b64);
    expect(run.log).toContain(`::notice title=Autograding complete::${total}`);
  }, 60_000);

  it('the messages uncapped, the reporter would never start (E2BIG); capped, it does', async () => {
    const r = classroomResult(results);
    const whole = results.katas.flatMap((k) => k.properties.map((p) => testOutcome(results, k, p).message ?? ''));
    const uncapped = classroomOutput({ ...r, tests: r.tests.map((t, i) => ({ ...t, message: whole[i] })) });
    await expect(runClassroomResourcesNotify('gradkata', uncapped)).rejects.toMatchObject({ code: 'E2BIG' });
    expect((await runClassroomResourcesNotify('gradkata', b64)).exitCode).toBe(0);
  }, 60_000);
});
