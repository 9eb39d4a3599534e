/** `[██████░░░░]` on a terminal, `[######----]` in plain text. */
export function progressBar(done: number, total: number, tty: boolean, width = 20): string {
  const filled = total > 0 ? Math.round((width * Math.min(done, total)) / total) : 0;
  const [on, off] = tty ? ['█', '░'] : ['#', '-'];
  return `[${on.repeat(filled)}${off.repeat(width - filled)}]`;
}
