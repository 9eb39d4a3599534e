// Correct, written differently: an explicit per-step schedule table of
// (send, receive, add-or-copy), and chunk c = [⌊cL/N⌋, ⌊(c+1)L/N⌋).
export interface Message {
  readonly chunk: number;
  readonly values: readonly number[];
}

export type RingWorker = Generator<Message, number[], Message>;

export function chunkBounds(length: number, size: number, chunk: number): [number, number] {
  return [Math.floor((chunk * length) / size), Math.floor(((chunk + 1) * length) / size)];
}

interface Step {
  readonly send: number;
  readonly receive: number;
  readonly reduce: boolean;
}

/** Worker `rank`'s schedule: chunk indices walk down the ring one step at a time. */
function schedule(rank: number, size: number): Step[] {
  const steps: Step[] = [];
  let send = rank;
  for (let k = 0; k < 2 * (size - 1); k++) {
    const receive = (send - 1 + size) % size;
    steps.push({ send, receive, reduce: k < size - 1 });
    send = receive;
  }
  return steps;
}

export function* ringAllReduce(rank: number, size: number, buffer: readonly number[]): RingWorker {
  const acc = buffer.slice();
  for (const { send, receive, reduce } of schedule(rank, size)) {
    const [a, b] = chunkBounds(acc.length, size, send);
    const got = yield { chunk: send, values: acc.slice(a, b) };
    const [c, d] = chunkBounds(acc.length, size, receive);
    for (let i = c; i < d; i++) acc[i] = reduce ? acc[i] + got.values[i - c] : got.values[i - c];
  }
  return acc;
}
