import { type Message, type MessageParam, msg } from '../results/message';
import { render } from '../results/translate';

/** Which output a check looks at: a name from the code (`dA`, `out`), or words (`worker 2's buffer`) as a message. */
export type Argument = string | Message;

/** The argument as results carry it: its English words. */
export function argumentText(a: Argument): string {
  return typeof a === 'string' ? a : render('en', a);
}

/** The argument at an index, `dA[1][0]`, for a message: words stay a message, so they are translated. */
export function argumentAt(a: Argument, index: readonly number[]): MessageParam {
  const at = index.map((i) => `[${i}]`).join('');
  return typeof a === 'string' ? `${a}${at}` : at ? msg('check.at', { name: a, index: at }) : a;
}
