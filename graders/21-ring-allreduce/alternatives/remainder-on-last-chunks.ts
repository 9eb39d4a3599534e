// Correct, partitioned differently: the last L mod N chunks get the extra element.
export interface Message {
  readonly chunk: number;
  readonly values: readonly number[];
}

export type RingWorker = Generator<Message, number[], Message>;

export function chunkBounds(length: number, size: number, chunk: number): [number, number] {
  // The last length mod size chunks get one extra element.
  const base = Math.floor(length / size);
  const plain = size - (length % size);
  const start = chunk * base + Math.max(0, chunk - plain);
  return [start, start + base + (chunk >= plain ? 1 : 0)];
}

const mod = (a: number, n: number): number => ((a % n) + n) % n;

export function* ringAllReduce(rank: number, size: number, buffer: readonly number[]): RingWorker {
  const acc = [...buffer];
  const bounds = (chunk: number): [number, number] => chunkBounds(buffer.length, size, chunk);
  const send = (chunk: number): Message => {
    const [start, end] = bounds(chunk);
    return { chunk, values: acc.slice(start, end) };
  };
  // Reduce-scatter: at step s send chunk (rank − s), and add the chunk
  // received, (rank − s − 1), into this worker's copy: it is the one sent next.
  for (let s = 0; s < size - 1; s++) {
    const received = yield send(mod(rank - s, size));
    const [start, end] = bounds(received.chunk);
    for (let i = start; i < end; i++) acc[i] += received.values[i - start];
  }
  // All-gather: this worker now holds chunk (rank + 1) fully reduced; pass
  // the reduced chunks on, copying each one received.
  for (let s = 0; s < size - 1; s++) {
    const received = yield send(mod(rank + 1 - s, size));
    const [start, end] = bounds(received.chunk);
    for (let i = start; i < end; i++) acc[i] = received.values[i - start];
  }
  return acc;
}
