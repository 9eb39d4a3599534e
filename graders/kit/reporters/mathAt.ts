/** A formula found in Markdown text, and where the text goes on after it. */
export interface MathSpan {
  readonly tex: string;
  /** `$$…$$`: a formula set on its own (MathML `display="block"`). */
  readonly display: boolean;
  readonly end: number;
}

/**
 * The formula that starts at `pos`, read as pandoc's `tex_math_dollars` does,
 * so that a price or a shell variable is not taken for math: `$$…$$` is
 * display math; `$…$` is inline math only if the opening `$` is followed by
 * a non-space and the closing one preceded by a non-space and not followed
 * by a digit. Neither crosses a blank line (a paragraph ends there). The
 * terminal (mathText) and the HTML report (markdownHtml) both find formulas
 * with this one rule, so they agree on what is math.
 */
export function mathAt(src: string, pos: number): MathSpan | undefined {
  if (src[pos] !== '$' || src[pos - 1] === '\\') return undefined;
  if (src[pos + 1] === '$') {
    const close = src.indexOf('$$', pos + 2);
    const tex = src.slice(pos + 2, close);
    if (close < 0 || tex.trim() === '' || /\n[ \t>]*\n/.test(tex)) return undefined;
    return { tex: tex.trim(), display: true, end: close + 2 };
  }
  if (pos + 1 >= src.length || /\s/.test(src[pos + 1])) return undefined;
  for (let i = pos + 1; i < src.length; i++) {
    if (src[i] === '\\') i++;
    else if (src[i] === '\n' && /^\n[ \t>]*\n/.test(src.slice(i))) return undefined;
    else if (src[i] === '$')
      return /\s/.test(src[i - 1]) || /\d/.test(src[i + 1] ?? '')
        ? undefined
        : { tex: src.slice(pos + 1, i), display: false, end: i + 1 };
  }
  return undefined;
}
