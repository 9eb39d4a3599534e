import temml from 'temml';

/**
 * A TeX formula as MathML Core, which browsers lay out themselves: no font,
 * stylesheet or script to fetch, so the HTML report stays one offline file.
 * Temml (the MathML-only sibling of KaTeX) writes it. A formula it cannot
 * read comes back as its source in `<code>`, so a typo in a README shows as
 * the TeX the author wrote rather than breaking the report.
 */
export function mathMl(tex: string, display = false): string {
  try {
    return temml.renderToString(tex, { displayMode: display, throwOnError: true });
  } catch {
    return `<code class="tex">${escapeText(display ? `$$${tex}$$` : `$${tex}$`)}</code>`;
  }
}

const escapeText = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
