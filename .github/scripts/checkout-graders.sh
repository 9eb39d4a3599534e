#!/usr/bin/env bash
# Checks out the commit whose graders grade into $GRADER, before any code of
# the student's runs. The grade and Classroom workflows run it; it and they
# are all they read of the student's repository, which is why a ruleset must
# keep .github/ as the template has it (README, "Who can change what").
#   PIN      base | root | <owner/name, URL or path>@<full commit sha>
#   STUDENT  the student's clone, full history; DEFAULT_BRANCH its default branch
#   BASE_SHA (for base; empty on a push), HEAD_SHA, PR_NUMBER (empty on a push)
#   GRADER   where the graders go; OUT where a refusal's artifact.json goes
# Sets the step output `graders` (grade:pr's --graders). When the graders
# cannot be had it refuses: the artifact and the job summary say why (the
# comment job posts it), and it exits 1.
set -euo pipefail

refuse() {
  REASON="not graded: $1. Everything that decides a grade must come from the pinned graders, never from the student's branches." \
    node -e '
      const fs = require("node:fs");
      const e = process.env;
      const pr = { schema: "gradkata-pr/1", base: e.BASE_SHA || e.HEAD_SHA, head: e.HEAD_SHA, graded: [], ignored: [], error: e.REASON };
      if (e.PR_NUMBER) pr.pullRequest = Number(e.PR_NUMBER);
      fs.mkdirSync(e.OUT, { recursive: true });
      fs.writeFileSync(`${e.OUT}/artifact.json`, `${JSON.stringify(pr)}\n`);
      if (e.GITHUB_STEP_SUMMARY) fs.appendFileSync(e.GITHUB_STEP_SUMMARY, `## gradkata could not grade this commit\n\n${e.REASON}\n`);
      console.log(`::error title=gradkata::${e.REASON}`);
    '
  exit 1
}

case "$PIN" in
  base)
    [ -n "${BASE_SHA:-}" ] || refuse "the graders are pinned to the base, and a push has none"
    sha=$BASE_SHA
    graders=base
    ;;
  root)
    ref="refs/remotes/origin/$DEFAULT_BRANCH"
    roots=$(git -C "$STUDENT" rev-list --max-parents=0 "$ref") || refuse "the template's commit cannot be found: $DEFAULT_BRANCH is not here"
    count=$(printf '%s\n' "$roots" | grep -c .)
    [ "$count" = 1 ] ||
      refuse "the template's commit cannot be told: the history of $ref has $count root commits (another history was merged into it), where a repository made from the template has one"
    sha=$roots
    graders="root:$ref"
    ;;
  *@*)
    source=${PIN%@*}
    sha=${PIN##*@}
    [[ $sha =~ ^[0-9a-f]{40}$ ]] ||
      refuse "the pinned graders must be named by a full commit sha (40 hex digits), not \"$sha\": a branch or tag can move"
    if [[ $source =~ ^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$ ]] && [ ! -e "$source" ]; then
      url="https://github.com/$source.git"
    else
      url=$source
    fi
    git -C "$STUDENT" fetch --quiet --no-tags "$url" "$sha" ||
      refuse "could not fetch the pinned graders $source@${sha:0:7} from $url (this job's token reads only this repository: pin a public grader repository, or root)"
    graders="$url@$sha"
    ;;
  *)
    refuse "the graders pin is \"$PIN\": give base, root, or <repository>@<commit sha>"
    ;;
esac
git -C "$STUDENT" worktree add --quiet --detach "$GRADER" "$sha"
for f in package-lock.json graders/catalog.ts graders/kit/cli/gradePr.ts; do
  [ -f "$GRADER/$f" ] || refuse "the pinned graders ${sha:0:7} have no $f: not a commit of a gradkata repository"
done
echo "pinned graders: $graders (${sha:0:7})"
echo "graders=$graders" >>"${GITHUB_OUTPUT:-/dev/null}"
