/**
 * One line at a time from an async iterator, where a read may outlive a
 * race it lost: the interview races the learner's next line against the
 * clock, and the line typed after time is up answers the next question.
 */
export function lineReader(lines: AsyncIterator<string>): {
  next: () => Promise<string | undefined>;
  ended: () => boolean;
} {
  let pending: Promise<string | undefined> | undefined;
  let done = false;
  return {
    next: () => {
      if (done) return Promise.resolve(undefined);
      pending ??= lines.next().then((r) => {
        pending = undefined;
        if (r.done) done = true;
        return r.done ? undefined : r.value;
      });
      return pending;
    },
    ended: () => done,
  };
}
