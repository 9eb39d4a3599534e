/**
 * A reader that stops early (`npx kata list | head`, `npm test | head`)
 * closes the pipe. What is left to print is dropped and the command ends as
 * it would have (results written, its exit code), without an EPIPE stack
 * trace.
 */
export function quietPipe(stream: NodeJS.WriteStream = process.stdout): void {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
    stream.write = (() => true) as typeof stream.write;
  });
}
