import temml from 'temml';
import { type MathMlElement, mathMlTree } from './mathMlTree';

/**
 * A TeX formula as one line of plain Unicode for the terminal:
 * `dA_{ip} = \sum_j dC_{ij}\,B_{pj}` → `dA_ip = Σ_j dC_ij·B_pj`,
 * `\frac{\partial L}{\partial x_i}` → `∂L/∂x_i`, `A^\top` → `Aᵀ`.
 *
 * Temml parses the TeX (every macro the READMEs use, as in the HTML report)
 * into MathML, and this walks that tree: each element is a small rule, so no
 * TeX is parsed here. Subscripts are written `_ij`, since Unicode has
 * subscript forms for only a few letters; superscripts use Unicode's where
 * every character has one (x², 10⁻⁵, Aᵀ) and `^(…)` otherwise. A formula
 * temml cannot read comes back as its source.
 */
export function texUnicode(tex: string): string {
  let markup: string;
  try {
    markup = temml.renderToString(tex, { throwOnError: true });
  } catch {
    return tex;
  }
  return join(pieces(mathMlTree(markup)), true)
    .replace(/ {2,}/g, ' ')
    .replace(/\u2002/g, ' ')
    .trim()
    .normalize('NFC'); // g + combining circumflex → ĝ, which every terminal font has
}

type Kind =
  | 'ord' // an operand: x, 2, x_i, (…) as a whole
  | 'frac' // a/b, parenthesised when something is juxtaposed to it
  | 'func' // log, tanh, softmax, max: a space before its argument
  | 'largeop' // Σ, Π, ∫ with their limits
  | 'rel' // = ≤ ∈ →: spaced
  | 'bin' // + − ×: spaced, unless unary
  | 'prefix' // unary −, ∇
  | 'punct' // , ; . :
  | 'open'
  | 'close'
  | 'tight' // · and /: never spaced
  | 'thin' // \, : a · between two operands, else nothing
  | 'space' // \quad, \ : kept
  | 'apply'; // the invisible function application after a function name

interface Piece {
  readonly text: string;
  readonly kind: Kind;
}

const RELATIONS = new Set('=<>≤≥≠≈∈∉⊂⊆→←↦⇒⇔≡∼∝≪≫'.split(''));
const BINARY = new Set(['+', '−', '-', '±', '∓', '×', '÷', '∘', '⊗', '⊙', '∪', '∩', '∖', 'mod']);
const OPENS = new Set('([{⟨⌊⌈'.split(''));
const CLOSES = new Set(')]}⟩⌋⌉'.split(''));
const LARGE_OPS: Record<string, string> = { '∑': 'Σ', '∏': 'Π', '∫': '∫', '⋃': '⋃', '⋂': '⋂' };
const INVISIBLE = /[\u2061-\u2064\u200b]/g;
const SUPERSCRIPT: Record<string, string> = {
  ...Object.fromEntries([...'0123456789'].map((d, i) => [d, '⁰¹²³⁴⁵⁶⁷⁸⁹'[i]])),
  '+': '⁺',
  '−': '⁻',
  '-': '⁻',
  '=': '⁼',
  '(': '⁽',
  ')': '⁾',
  i: 'ⁱ',
  n: 'ⁿ',
  T: 'ᵀ',
  '⊤': 'ᵀ',
  '′': '′',
  '″': '″',
};
const ACCENTS: Record<string, string> = {
  ˆ: '\u0302',
  '^': '\u0302',
  '¯': '\u0304',
  '‾': '\u0305',
  '~': '\u0303',
  '˜': '\u0303',
  '˙': '\u0307',
  '¨': '\u0308',
  '→': '\u20d7',
  '⃗': '\u20d7',
};
const VULGAR: Record<string, string> = { '1/2': '½', '1/3': '⅓', '2/3': '⅔', '1/4': '¼', '3/4': '¾' };

const textOf = (n: MathMlElement | string): string => (typeof n === 'string' ? n : n.children.map(textOf).join(''));
const elements = (n: MathMlElement): MathMlElement[] =>
  n.children.filter((c): c is MathMlElement => typeof c !== 'string');

/** The pieces an element contributes to the row it sits in; grouping elements are spliced into it. */
function pieces(n: MathMlElement): Piece[] {
  const kids = elements(n);
  switch (n.tag) {
    case 'math':
    case 'mrow':
      return bracedCases(kids).flatMap(pieces);
    case 'mstyle':
    case 'mpadded':
    case 'menclose':
    case 'semantics':
    case '':
      return kids.flatMap(pieces);
    case 'mphantom':
    case 'annotation':
    case 'annotation-xml':
      return [];
    case 'mi':
    case 'mn':
      return identifier(textOf(n).replace(INVISIBLE, ''));
    case 'mtext': {
      const text = textOf(n).replace(/\u00a0/g, ' ');
      return [{ text, kind: text.trim() === '' ? 'space' : 'ord' }];
    }
    case 'mo':
      return operator(textOf(n), n.attrs);
    case 'mspace':
      return [space(Number.parseFloat(n.attrs.width ?? '0'))];
    case 'msub':
    case 'munder':
      return [scripted(kids[0], kids[1], undefined)];
    case 'msup':
      return [scripted(kids[0], undefined, kids[1])];
    case 'mover':
      return [accented(kids[0], kids[1]) ?? scripted(kids[0], undefined, kids[1])];
    case 'msubsup':
    case 'munderover':
      return [scripted(kids[0], kids[1], kids[2])];
    case 'mfrac':
      return [fraction(kids[0], kids[1])];
    case 'msqrt':
      return [{ text: `√${operand(join(kids.flatMap(pieces), true), 'strict')}`, kind: 'ord' }];
    case 'mroot':
      return [
        {
          text: `${superscript(join(pieces(kids[1]), false))}√${operand(join(pieces(kids[0]), true), 'strict')}`,
          kind: 'ord',
        },
      ];
    case 'mtable':
      // A cases block (or any table) on one line: cells "a, b", rows "; ".
      return [
        {
          text: elements(n)
            .map((row) =>
              elements(row)
                .map((cell) => join(pieces(cell), true))
                .join(', '),
            )
            .join('; '),
          kind: 'ord',
        },
      ];
    default:
      return kids.flatMap(pieces);
  }
}

function identifier(text: string): Piece[] {
  if (text === '') return [];
  if (text === '/') return [{ text, kind: 'tight' }];
  if (text.length === 1 && ',;.:'.includes(text)) return [{ text, kind: 'punct' }];
  // A multi-letter identifier is a function name (log, tanh, softmax) or an upright word (FL, diag).
  return [{ text, kind: /^\p{L}{2,}\d*$/u.test(text) ? 'func' : 'ord' }];
}

function operator(raw: string, attrs: Readonly<Record<string, string>>): Piece[] {
  if (raw === '\u2061') return [{ text: '', kind: 'apply' }];
  const text = raw.replace(INVISIBLE, '');
  if (text === '') return [];
  if (LARGE_OPS[text]) return [{ text: LARGE_OPS[text], kind: 'largeop' }];
  if (OPENS.has(text)) return [{ text, kind: 'open' }];
  if (CLOSES.has(text)) return [{ text, kind: 'close' }];
  if (text === '⋅' || text === '·' || text === '∗' || text === '/')
    return [{ text: text === '⋅' ? '·' : text, kind: 'tight' }];
  if (',;.:!'.includes(text)) return [{ text, kind: 'punct' }];
  if (RELATIONS.has(text)) return [{ text, kind: 'rel' }];
  if (BINARY.has(text)) return [{ text: text === '-' ? '−' : text, kind: attrs.form === 'prefix' ? 'prefix' : 'bin' }];
  if (attrs.form === 'prefix') return [{ text, kind: 'prefix' }];
  return [{ text, kind: /^\p{L}{2,}$/u.test(text) ? 'func' : 'ord' }];
}

function space(em: number): Piece {
  if (!(em > 0.2)) return { text: '', kind: em > 0 ? 'thin' : 'space' };
  // \quad and \qquad keep some width (en spaces, which the clean-up does not squeeze); \: and \; are a space.
  return { text: em >= 1.9 ? '\u2002\u2002\u2002' : em >= 0.9 ? '\u2002\u2002' : ' ', kind: 'space' };
}

function scripted(
  base: MathMlElement | undefined,
  sub: MathMlElement | undefined,
  sup: MathMlElement | undefined,
): Piece {
  const inner = base ? pieces(base) : [];
  const kind: Kind = inner.length === 1 && ['largeop', 'func'].includes(inner[0].kind) ? inner[0].kind : 'ord';
  let text = join(inner, true);
  if (sub) text += subscript(join(pieces(sub), false));
  if (sup) text += superscript(join(pieces(sup), false));
  return { text, kind };
}

const TOKEN = /^[\p{L}\p{N}.′]+$/u;
const subscript = (s: string): string => (s === '' ? '' : TOKEN.test(s) ? `_${s}` : `_(${s})`);

function superscript(s: string): string {
  if (s === '') return '';
  if (s === '′' || s === '″' || [...s].every((c) => SUPERSCRIPT[c])) return [...s].map((c) => SUPERSCRIPT[c]).join('');
  return TOKEN.test(s) ? `^${s}` : `^(${s})`;
}

function accented(base: MathMlElement | undefined, accent: MathMlElement | undefined): Piece | undefined {
  const mark = accent && ACCENTS[textOf(accent).trim()];
  if (!base || !mark) return undefined;
  const text = join(pieces(base), false);
  return { text: [...text].length === 1 ? `${text}${mark}` : `(${text})${mark}`, kind: 'ord' };
}

function fraction(num: MathMlElement | undefined, den: MathMlElement | undefined): Piece {
  const a = num ? join(pieces(num), true) : '';
  const b = den ? join(pieces(den), true) : '';
  return { text: VULGAR[`${a}/${b}`] ?? `${operand(a, 'fraction')}/${operand(b, 'fraction')}`, kind: 'frac' };
}

/**
 * `x` as one side of `/` or under `√`, in parentheses unless it reads as one
 * operand: a symbol with its scripts (`√d_k`, but `√(2π)`), a call or a
 * bracketed group (`relu6(x + 3)`, `2(N − 1)`), and on a fraction's sides
 * also a word and a derivative's `∂L`, `∂x_i`.
 */
function operand(x: string, rule: 'strict' | 'fraction'): string {
  const atom = rule === 'strict' ? '(\\p{L}|[\\p{N}.]+)' : '[∂√]?(\\p{L}+\\d*|[\\p{N}.]+)';
  const scripts = '(_[\\p{L}\\p{N}]+|_\\([^()]*\\)|\\^[\\p{L}\\p{N}.]+|\\^\\([^()]*\\)|[⁰-⁹ⁱⁿᵀ⁺⁻′])*';
  const one = (y: string): boolean => new RegExp(`^${atom}${scripts}$`, 'u').test(y) || isCall(y);
  const root = rule === 'fraction' && x.startsWith('√') && one(x.slice(1));
  return one(x) || root || (rule === 'fraction' && x === '∂') ? x : `(${x})`;
}

/** `f(…)`, `2(…)` or `(…)`: a group whose first opening parenthesis closes at the very end. */
function isCall(x: string): boolean {
  const open = x.search(/\(/);
  if (open < 0 || !/^[\p{L}\p{N}]*$/u.test(x.slice(0, open)) || !x.endsWith(')')) return false;
  let depth = 0;
  for (let i = open; i < x.length; i++) {
    depth += x[i] === '(' ? 1 : x[i] === ')' ? -1 : 0;
    if (depth === 0) return i === x.length - 1;
  }
  return false;
}

const OPERAND_LEFT = new Set<Kind>(['ord', 'frac', 'close']);
const OPERAND_RIGHT = new Set<Kind>(['ord', 'frac', 'open', 'func', 'largeop']);

/**
 * A row's pieces as text. At the top level relations and binary operators
 * are spaced (`a = b + c`); inside scripts nothing is (`Σ_(n=1)^N`).
 */
function join(list: readonly Piece[], top: boolean): string {
  const ps = list.filter((p) => p.text !== '' || p.kind === 'thin' || p.kind === 'apply');
  let out = '';
  let prev: Piece | undefined;
  let thin = false;
  for (const [i, p] of ps.entries()) {
    if (p.kind === 'thin' || p.kind === 'apply') {
      thin ||= p.kind === 'thin';
      continue;
    }
    let text = p.text;
    if (p.kind === 'frac' && !VULGAR_VALUES.has(text)) {
      const next = ps.slice(i + 1).find((q) => q.kind !== 'thin' && q.kind !== 'apply');
      const glued = (q: Piece | undefined, side: Set<Kind>) => q !== undefined && side.has(q.kind);
      if ((glued(prev, OPERAND_LEFT) && !thin) || glued(next, OPERAND_RIGHT)) text = `(${text})`;
    }
    const pk = prev?.kind;
    if (p.kind === 'rel') out += top ? ` ${text} ` : text;
    else if (p.kind === 'bin') {
      const unary = pk === undefined || ['open', 'rel', 'bin', 'prefix', 'punct', 'largeop'].includes(pk);
      out += unary || !top ? text : ` ${text} `;
    } else if (p.kind === 'punct') out += top && text !== '.' ? `${text} ` : text;
    else {
      if (out.endsWith('∂')) {
        // ∂ binds to what follows: ∂L, ∂ of a word (∂FL), never ∂·L.
      } else if (pk !== undefined && OPERAND_RIGHT.has(p.kind)) {
        if (pk === 'func' || pk === 'largeop') out += p.kind === 'open' && pk === 'func' ? '' : ' ';
        else if (OPERAND_LEFT.has(pk)) {
          if (p.kind === 'func' || p.kind === 'largeop') out += ' ';
          else if (thin && !out.endsWith('∂')) out += '·';
          // After a script, a juxtaposed factor needs a mark: A_ip·B_pj, Aᵀ·dC, δ^l·(…).
          else if (/(_[\p{L}\p{N}]+|\^[\p{L}\p{N}.]+|[⁰-⁹ⁱⁿᵀ])$/u.test(out) && /^[\p{L}\p{N}∂(]/u.test(text))
            out += '·';
        }
      }
      out += text;
    }
    prev = p.kind === 'frac' && text.startsWith('(') ? { text, kind: 'ord' } : p;
    thin = false;
  }
  return out;
}

const VULGAR_VALUES = new Set(Object.values(VULGAR));

/** Temml closes a cases block with an empty fence; on one line it needs its `}`. */
function bracedCases(kids: MathMlElement[]): MathMlElement[] {
  const last = kids[kids.length - 1];
  const opensBrace = kids[0]?.tag === 'mo' && textOf(kids[0]) === '{';
  if (!opensBrace || last?.tag !== 'mo' || textOf(last) !== '' || !kids.some((k) => k.tag === 'mtable')) return kids;
  return [...kids.slice(0, -1), { ...last, children: ['}'] }];
}
