// Every option a command parses is listed under it (kataUsage.test.ts reads
// the commands' parseArgs calls and fails on one that is missing here).
export const KATA_USAGE = `usage: npx kata <command> [arguments]

  list                          tracks and katas: status, points, hints used, time spent
  next                          the next kata to do: its question, its file, how to grade it
  test [kata ...] [--seed N] [--only ID [--path P]] [--timeout S]
                                grade, exactly as npm test does (also --results FILE, --shard I/N, --lang L)
  watch [kata ...] [--poll] [--seed N] [--timeout S]
                                re-grade on every save; shows what changed (--poll: poll the file)
  hint <kata> [level]           the next of three hints (nudge, approach, near-answer)
  reset <kata>                  restore the stub; your file is kept under .kata/backups/
  replay <kata> [--seed S --only ID --path P]
                                re-run the last failing case (or this one): inputs, yours vs reference
  solution <kata>               once the kata passes: the reference solution next to yours
  interview [--minutes 45] [--track N] [--kata K]
                                a timed mock interview on a kata you have not passed (or on kata K)
  report [--html FILE] [--seed N]
                                a self-contained HTML report (default .kata/report.html):
                                every kata, its points over time, your mock interviews

  --lang L  with any command: en or zh-CN (default KATA_LANG, else the system locale, else en)
  kata      slug, folder or number: matmul, 00-matmul, 00
  S         seconds one property may run before it is stopped (default 10)
  env       KATA_TARGET=katas|solutions|<dir>, KATA_SEED, KATA_LANG, NO_COLOR, KATA_WATCH_POLL=1`;
