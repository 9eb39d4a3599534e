/**
 * A sentence as data: a message key and its parameters, rendered in the
 * learner's language by a reporter (results/translate.ts). A parameter may
 * itself be a message ("with the batch repeated twice, {{inner}}"). Numbers,
 * indices, code and paths go in as parameters, already written, and are
 * never translated.
 */
export interface Message {
  /** `check.value-is` (the kit's), or `<slug>:<name>` (a kata's own, graders/<NN-slug>/messages.ts). */
  readonly key: string;
  readonly params?: Readonly<Record<string, MessageParam>>;
}

export type MessageParam = string | number | Message;

export function msg(key: string, params?: Readonly<Record<string, MessageParam>>): Message {
  return params ? { key, params } : { key };
}

export function isMessage(x: unknown): x is Message {
  return typeof x === 'object' && x !== null && typeof (x as Message).key === 'string';
}
