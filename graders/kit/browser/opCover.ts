/**
 * Few katas whose references between them call every tfjs op any reference
 * calls: greedily the kata that adds the most ops not yet covered, ties to
 * the earlier kata in `order`. Grading these in a browser exercises every op
 * a GPU backend serves inside a real kata's composition; the conformance
 * check runs each op alone on fixed inputs either way.
 */
export function opCover(opsByKata: ReadonlyMap<string, ReadonlySet<string>>, order: readonly string[]): string[] {
  const left = new Set([...opsByKata.values()].flatMap((ops) => [...ops]));
  const picked: string[] = [];
  while (left.size > 0) {
    let best: string | undefined;
    let gain = 0;
    for (const slug of order) {
      const n = [...(opsByKata.get(slug) ?? [])].filter((op) => left.has(op)).length;
      if (n > gain) [best, gain] = [slug, n];
    }
    if (!best) break;
    picked.push(best);
    for (const op of opsByKata.get(best)!) left.delete(op);
  }
  return order.filter((slug) => picked.includes(slug));
}
