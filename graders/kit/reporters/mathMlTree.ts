/** A MathML element: its tag, attributes and children (text is a string child). */
export interface MathMlElement {
  readonly tag: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly (MathMlElement | string)[];
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/**
 * Temml's MathML string back as a tree. Temml writes well-formed markup with
 * a handful of entities and no comments, CDATA or processing instructions,
 * so tags, attributes and text are all there is to read; anything else is a
 * temml change that texUnicode's tests over every README formula would show.
 */
export function mathMlTree(markup: string): MathMlElement {
  const root: { tag: string; attrs: Record<string, string>; children: (MathMlElement | string)[] } = {
    tag: '',
    attrs: {},
    children: [],
  };
  const open = [root];
  for (const [, close, tag, attrs, selfClosing, text] of markup.matchAll(
    /<(\/?)([a-zA-Z][\w-]*)((?:\s+[\w:-]+="[^"]*")*)\s*(\/?)>|([^<]+)/g,
  )) {
    const top = open[open.length - 1];
    if (text !== undefined) top.children.push(decode(text));
    else if (close) {
      if (open.length > 1 && top.tag === tag) open.pop();
    } else {
      const el = { tag, attrs: readAttrs(attrs), children: [] };
      top.children.push(el);
      if (!selfClosing) open.push(el);
    }
  }
  return (root.children.find((c) => typeof c !== 'string') as MathMlElement | undefined) ?? root;
}

function readAttrs(text: string): Record<string, string> {
  return Object.fromEntries([...text.matchAll(/([\w:-]+)="([^"]*)"/g)].map(([, k, v]) => [k, decode(v)]));
}

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (m, e: string) =>
    e[0] === '#'
      ? String.fromCodePoint(e[1] === 'x' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1)))
      : (ENTITIES[e] ?? m),
  );
}
