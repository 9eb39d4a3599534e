/** Runs a command's main and exits with its code; a failure is one line with the command's name, not a stack trace. */
export function exitWith(main: () => Promise<number>, command: string, failureCode = 2): void {
  main().then(
    (code) => process.exit(code),
    (err: unknown) => {
      console.error(`${command}: ${err instanceof Error ? err.message : String(err)}`);
      process.exit(failureCode);
    },
  );
}
