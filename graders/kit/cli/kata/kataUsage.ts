import { language } from '../../reporters/language';
import type { Lang } from '../../results/lang';

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

// The same commands and the same --options as KATA_USAGE, line for line
// (kataUsage.test.ts compares them); the descriptions aligned in terminal
// columns, a Chinese character taking two.
export const KATA_USAGE_ZH_CN = `用法：npx kata <命令> [参数]

  list                          各部分和各道题：状态、分数、用过的提示、花费的时间
  next                          下一道该做的题：题目、要改的文件、怎么评分
  test [kata ...] [--seed N] [--only ID [--path P]] [--timeout S]
                                评分，与 npm test 完全相同（另有 --results FILE、--shard I/N、--lang L）
  watch [kata ...] [--poll] [--seed N] [--timeout S]
                                每次保存都重新评分，并显示有什么变化（--poll：轮询文件）
  hint <kata> [level]           三级提示中的下一级（点拨、思路、接近答案）
  reset <kata>                  恢复桩代码；你的文件保存在 .kata/backups/
  replay <kata> [--seed S --only ID --path P]
                                重跑上一个失败的用例（或指定的用例）：输入，你的输出和参考输出并排
  solution <kata>               题目通过之后：参考答案和你的代码并排
  interview [--minutes 45] [--track N] [--kata K]
                                限时模拟面试，题目从你还没通过的题里挑（或指定 kata K）
  report [--html FILE] [--seed N]
                                一个自包含的 HTML 报告（默认 .kata/report.html）：
                                每道题、分数随时间的变化、你的模拟面试

  --lang L  可用于任何命令：en 或 zh-CN（默认取 KATA_LANG，其次是系统语言设置，再次是 en）
  kata      题目的 slug、文件夹名或编号：matmul、00-matmul、00
  S         单个性质运行多少秒后被停止（默认 10）
  env       KATA_TARGET=katas|solutions|<dir>、KATA_SEED、KATA_LANG、NO_COLOR、KATA_WATCH_POLL=1`;

const USAGE: Readonly<Record<Lang, string>> = { en: KATA_USAGE, 'zh-CN': KATA_USAGE_ZH_CN };

/** `kata help` in the learner's language. */
export function kataUsage(lang: Lang = language()): string {
  return USAGE[lang];
}
