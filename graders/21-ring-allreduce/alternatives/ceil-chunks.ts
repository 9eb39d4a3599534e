// Correct, partitioned differently: chunks of ⌈L/N⌉ elements, clamped to L, so the last chunks are shorter or empty.
export interface Message {
  readonly chunk: number;
  readonly values: readonly number[];
}

export type RingWorker = Generator<Message, number[], Message>;

export function chunkBounds(length: number, size: number, chunk: number): [number, number] {
  // Chunks of ⌈L/N⌉ elements; the last ones are shorter, or empty.
  const step = Math.ceil(length / size);
  return [Math.min(chunk * step, length), Math.min((chunk + 1) * step, length)];
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
