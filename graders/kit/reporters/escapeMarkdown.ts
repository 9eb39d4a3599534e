// Everything a learner controls (messages, what their code threw, file
// names in their PR) reaches a PR comment through one of these two.

/** Text for a table cell or a list item: no Markdown, no HTML, no @mentions, one line. */
export function escapeMarkdown(text: string, maxLength = 300): string {
  const line = truncate(text.replace(/[\r\n\t]+/g, ' '), maxLength);
  // Backslashes first: the entities below bring their own & and #.
  return line
    .replace(/[\\`*_{}[\]()#+\-.!|~]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@/g, '&#64;');
}

/** A block shown as code: fenced with more tildes than it contains in a row, so it cannot close the fence. */
export function codeBlock(text: string, maxLength = 1500): string {
  const body = truncate(text, maxLength).replace(/\r/g, '');
  const longest = Math.max(0, ...(body.match(/~+/g) ?? []).map((m) => m.length));
  const fence = '~'.repeat(Math.max(3, longest + 1));
  return `${fence}text\n${body}\n${fence}`;
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)} … (truncated)` : text;
}
