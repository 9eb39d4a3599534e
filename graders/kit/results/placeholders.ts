/** The {{parameters}} a message text uses, sorted: a translation must use the same ones. */
export function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{\{\s*([\w.-]+)\s*\}\}/g)].map((m) => m[1]))].sort();
}

/**
 * The keys a language needs for messages given in English: a plural message
 * (`runs_one`, `runs_other`) needs that language's own forms (Chinese has
 * only `other`), every other key itself.
 */
export function keysFor(lang: string, englishKeys: readonly string[]): string[] {
  const forms = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
  const out = new Set<string>();
  for (const key of englishKeys) {
    const m = /^(.*)_(zero|one|two|few|many|other)$/.exec(key);
    if (m) for (const f of forms) out.add(`${m[1]}_${f}`);
    else out.add(key);
  }
  return [...out].sort();
}
