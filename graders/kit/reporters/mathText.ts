import { type MathSpan, mathAt } from './mathAt';
import { texUnicode } from './texUnicode';

/**
 * README Markdown for the terminal: each `$…$` formula as readable Unicode
 * (texUnicode), the rest as written. Code, fenced or in backticks, is left
 * alone, since a `$` there is code. A display formula (`$$…$$`) that starts
 * its line is indented, so it stands out as it does on the page.
 */
export function mathText(markdown: string): string {
  return replaceMath(markdown, (math, lineStart) => {
    const text = texUnicode(math.tex);
    return math.display && lineStart ? `    ${text}` : text;
  });
}

/** Every formula of Markdown text, in order, as mathText finds them. */
export function formulasIn(markdown: string): MathSpan[] {
  const found: MathSpan[] = [];
  replaceMath(markdown, (math) => {
    found.push(math);
    return '';
  });
  return found;
}

function replaceMath(markdown: string, replace: (math: MathSpan, lineStart: boolean) => string): string {
  const parts: string[] = [];
  let prose: string[] = [];
  let fence = false;
  for (const line of markdown.split('\n')) {
    const marker = /^\s*```/.test(line);
    if (!fence && !marker) {
      prose.push(line);
      continue;
    }
    if (prose.length) parts.push(proseMath(prose.join('\n'), replace));
    prose = [];
    parts.push(line);
    if (marker) fence = !fence;
  }
  if (prose.length) parts.push(proseMath(prose.join('\n'), replace));
  return parts.join('\n');
}

function proseMath(src: string, replace: (math: MathSpan, lineStart: boolean) => string): string {
  let out = '';
  let i = 0;
  while (i < src.length) {
    if (src[i] === '`') {
      // A code span runs to the next run of as many backticks (CommonMark); one left open is text.
      const run = /^`+/.exec(src.slice(i))![0];
      const close = src.indexOf(run, i + run.length);
      const end = close < 0 ? i + run.length : close + run.length;
      out += src.slice(i, end);
      i = end;
      continue;
    }
    const math = src[i] === '$' ? mathAt(src, i) : undefined;
    if (!math) {
      out += src[i++];
      continue;
    }
    out += replace(math, /(^|\n)[ \t]*$/.test(out));
    i = math.end;
  }
  return out;
}
