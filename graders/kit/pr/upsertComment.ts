import { COMMENT_MARKER } from '../reporters/markdownComment';

/** The few GitHub REST calls the comment job makes (an Octokit's `rest`, or a fake in tests). */
export interface CommentApi {
  pulls: {
    get(p: {
      owner: string;
      repo: string;
      pull_number: number;
    }): Promise<{ data: { head: { sha: string }; state: string } }>;
  };
  issues: {
    listComments(p: {
      owner: string;
      repo: string;
      issue_number: number;
      per_page: number;
      page: number;
    }): Promise<{ data: { id: number; body?: string | null; user?: { type?: string } | null }[] }>;
    createComment(p: {
      owner: string;
      repo: string;
      issue_number: number;
      body: string;
    }): Promise<{ data: { id: number } }>;
    updateComment(p: {
      owner: string;
      repo: string;
      comment_id: number;
      body: string;
    }): Promise<{ data: { id: number } }>;
  };
}

export interface CommentTarget {
  readonly owner: string;
  readonly repo: string;
  readonly pullRequest: number;
  /** The head the grading run graded, from the trusted workflow_run event, never from the artifact. */
  readonly headSha: string;
}

/**
 * Creates or updates the one gradkata comment on the PR. The PR number comes
 * from the artifact, so it is believed only if that PR's head is the commit
 * the grading run graded: an artifact cannot aim a comment at another PR.
 */
export async function upsertComment(
  api: CommentApi,
  t: CommentTarget,
  body: string,
): Promise<{ id: number; updated: boolean }> {
  const pr = await api.pulls.get({ owner: t.owner, repo: t.repo, pull_number: t.pullRequest });
  if (pr.data.head.sha !== t.headSha) {
    throw new Error(
      `PR #${t.pullRequest} is at ${pr.data.head.sha.slice(0, 7)}, but the grading run graded ${t.headSha.slice(0, 7)}: not commenting`,
    );
  }
  for (let page = 1; page <= 20; page++) {
    const { data } = await api.issues.listComments({
      owner: t.owner,
      repo: t.repo,
      issue_number: t.pullRequest,
      per_page: 100,
      page,
    });
    const mine = data.find((c) => c.user?.type === 'Bot' && c.body?.startsWith(COMMENT_MARKER));
    if (mine) {
      await api.issues.updateComment({ owner: t.owner, repo: t.repo, comment_id: mine.id, body });
      return { id: mine.id, updated: true };
    }
    if (data.length < 100) break;
  }
  const { data } = await api.issues.createComment({ owner: t.owner, repo: t.repo, issue_number: t.pullRequest, body });
  return { id: data.id, updated: false };
}
