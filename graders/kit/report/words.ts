import { translator } from '../reporters/language';
import type { MessageParam } from '../results/message';
import { escapeHtml } from './escapeHtml';
import en from './locales/en.json';
import zhCN from './locales/zh-CN.json';

/** The report's and the class report's own words (locales/<lang>.json), in the current language. */
export const t = translator('report', { en, 'zh-CN': zhCN });

type Key = Parameters<typeof t>[0];

/**
 * A sentence as HTML: the sentence and its `params` escaped, `markup` (the
 * page's own tags, e.g. `<code>npx kata interview</code>`) put in as it is.
 * Each markup goes in as a marker of private-use characters, swapped after escaping.
 */
export function tHtml(
  key: Key,
  markup: Readonly<Record<string, string>>,
  params: Readonly<Record<string, MessageParam>> = {},
): string {
  const names = Object.keys(markup);
  const marked = Object.fromEntries(names.map((name, i) => [name, `\uE000${i}\uE001`]));
  const text = escapeHtml(t(key, { ...params, ...marked }));
  return text.replace(/\uE000(\d+)\uE001/g, (_, i: string) => markup[names[Number(i)]]);
}

/** Table headings, one `<th>` per key. */
export function headings(...keys: Key[]): string {
  return keys.map((k) => `<th>${escapeHtml(t(k))}</th>`).join('');
}
