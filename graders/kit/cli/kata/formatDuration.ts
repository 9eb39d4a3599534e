/** `–`, `< 1 min`, `12 min`, `1 h 05 min`: time spent, as a learner reads it. */
export function formatDuration(ms: number): string {
  if (ms <= 0) return '–';
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 1) return '< 1 min';
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}
