/** A number as a learner would type it, −0 included (String(-0) is "0"). */
export const showNumber = (v: unknown): string =>
  Object.is(v, -0) ? '-0' : typeof v === 'number' ? String(v) : (JSON.stringify(v) ?? String(v));
