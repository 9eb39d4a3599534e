/** A command line the tool cannot take: one line for the learner and an exit code (0 for --help), never a stack trace. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly exitCode: 0 | 2 = 2,
  ) {
    super(message);
  }
}
