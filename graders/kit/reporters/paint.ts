/** Colour only for a person at a terminal: never in pipes, files or CI logs, never with NO_COLOR. */
export function useColor(stream: { isTTY?: boolean } = process.stdout): boolean {
  return Boolean(stream.isTTY) && !('NO_COLOR' in process.env) && process.env.TERM !== 'dumb';
}

export type Paint = Record<'green' | 'red' | 'yellow' | 'dim' | 'bold', (s: string) => string>;

export function paint(color: boolean): Paint {
  const wrap = (code: number) => (s: string) => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  return { green: wrap(32), red: wrap(31), yellow: wrap(33), dim: wrap(2), bold: wrap(1) };
}
