export const KATA_USAGE = `usage: npx kata <command> [arguments]

  list                          tracks and katas: status, points, hints used, time spent
  next                          the next kata to do: its question, its file, how to grade it
  test [kata ...] [--seed N]    grade, exactly as npm test does (same options)
  watch [kata]                  re-grade on every save; shows what changed (--poll: poll the file)
  hint <kata> [level]           the next of three hints (nudge, approach, near-answer)
  reset <kata>                  restore the stub; your file is kept under .kata/backups/
  replay <kata> [--seed S --only ID --path P]
                                re-run the last failing case (or this one): inputs, yours vs reference
  interview [--minutes 45] [--track N]
                                a timed mock interview on a kata you have not passed
  report [--html FILE]          a self-contained HTML report (default .kata/report.html)

  kata      slug, folder or number: matmul, 00-matmul, 00
  env       KATA_TARGET=katas|solutions|<dir>, KATA_SEED, NO_COLOR, KATA_WATCH_POLL=1`;
