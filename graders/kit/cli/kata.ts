// `npx kata …` (bin/kata.js starts this with ts-node): the learner's
// workflow over the same grading engine and results object as `npm test`.
import { kataContext } from './kata/kataContext';
import { runKata } from './kata/runKata';
import { quietPipe } from './quietPipe';

quietPipe();

// Ctrl-C ends watch and interview cleanly (progress saved; a second one
// quits at once); any other command stops at once, as usual.
const stop = new AbortController();
const longRunning = ['watch', 'interview'].includes(process.argv[2] ?? '');
process.once('SIGINT', () => {
  if (!longRunning) process.exit(130);
  stop.abort();
  process.once('SIGINT', () => process.exit(130));
});

runKata(process.argv.slice(2), kataContext({ signal: stop.signal })).then(
  (code) => {
    process.exitCode = code;
    // Watch and interview leave timers or stdin open when they end; the command is done.
    setImmediate(() => process.exit(code));
  },
  (err) => {
    console.error(`kata: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(2);
  },
);
