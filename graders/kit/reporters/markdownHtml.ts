import MarkdownIt, { type MarkdownIt as Md } from 'markdown-it';
import { mathAt } from './mathAt';
import { mathMl } from './mathMl';

/**
 * README Markdown as HTML for the report: markdown-it for the Markdown
 * (paragraphs, lists, emphasis, code), and each `$…$` / `$$…$$` formula as
 * MathML (mathMl). Raw HTML in the text is escaped, never passed through, and
 * nothing links to anything that would be fetched.
 */
export function markdownHtml(markdown: string): string {
  return md.render(markdown);
}

/** One line of Markdown (a heading, a question) without the paragraph around it. */
export function markdownInlineHtml(markdown: string): string {
  return md.renderInline(markdown);
}

const md = new MarkdownIt({ html: false, linkify: false, typographer: false }).use((m: Md) => {
  // Before `escape` and emphasis, so `\,` and `_` inside a formula stay TeX;
  // a code span is consumed by `backticks` before its `$` is ever seen here.
  m.inline.ruler.before('escape', 'math', (state, silent) => {
    const math = mathAt(state.src, state.pos);
    if (!math) return false;
    if (!silent) {
      const token = state.push('math', 'math', 0);
      token.content = math.tex;
      token.meta = { display: math.display };
    }
    state.pos = math.end;
    return true;
  });
  m.renderer.rules.math = (tokens, i) => mathMl(tokens[i].content, Boolean(tokens[i].meta?.display));
});
