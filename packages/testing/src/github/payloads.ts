/**
 * GitHub-shaped JSON for the stand-in's records. GitHub's objects are large; every field the
 * description marks required is filled (checked by response validation), with URLs pointing at
 * the stand-in for API links and at github.com for HTML links.
 */
import type {
  AccountRecord,
  BranchRecord,
  CommitRecord,
  FileRecord,
  GitHubState,
  InvitationRecord,
  IssueRecord,
  LabelRecord,
  PullRecord,
  RepoPermission,
  RepoRecord,
  TeamRecord,
} from './state.js';

type Payload = Record<string, unknown>;

const HTML = 'https://github.com';

/** GitHub's legacy node ids are base64 of `<len>:<Type><id>`. */
function nodeId(type: string, id: number): string {
  return Buffer.from(`0${type.length}:${type}${id}`).toString('base64');
}

/** GitHub wraps base64 file content at 60 characters. */
function wrapBase64(bytes: Buffer): string {
  const text = bytes.toString('base64');
  return `${text.replace(/.{60}/g, '$&\n')}${text.length % 60 === 0 ? '' : '\n'}`;
}

const encodePath = (path: string) => path.split('/').map(encodeURIComponent).join('/');

export class Payloads {
  constructor(
    private readonly state: GitHubState,
    private readonly api: string,
  ) {}

  private repoUrl(repo: RepoRecord): string {
    return `${this.api}/repos/${repo.fullName}`;
  }

  user(account: AccountRecord): Payload {
    const url = `${this.api}/users/${account.login}`;
    return {
      login: account.login,
      id: account.id,
      node_id: nodeId(account.type === 'Organization' ? 'Organization' : 'User', account.id),
      avatar_url: `https://avatars.githubusercontent.com/u/${account.id}?v=4`,
      gravatar_id: '',
      url,
      html_url: `${HTML}/${account.login}`,
      followers_url: `${url}/followers`,
      following_url: `${url}/following{/other_user}`,
      gists_url: `${url}/gists{/gist_id}`,
      starred_url: `${url}/starred{/owner}{/repo}`,
      subscriptions_url: `${url}/subscriptions`,
      organizations_url: `${url}/orgs`,
      repos_url: `${url}/repos`,
      events_url: `${url}/events{/privacy}`,
      received_events_url: `${url}/received_events`,
      type: account.type,
      site_admin: false,
      user_view_type: 'public',
    };
  }

  /** The `public-user` schema (GET /users/{username}): the profile, with name and public email. */
  publicUser(account: AccountRecord): Payload {
    return {
      ...this.user(account),
      name: account.name,
      company: null,
      blog: null,
      location: null,
      email: account.email,
      hireable: null,
      bio: null,
      public_repos: [...this.state.repos.values()].filter((r) => r.owner === account.login && !r.private)
        .length,
      public_gists: 0,
      followers: 0,
      following: 0,
      created_at: account.createdAt,
      updated_at: account.createdAt,
    };
  }

  userByLogin(login: string): Payload {
    const account = this.state.account(login);
    if (!account) throw new Error(`stand-in bug: no account ${login}`);
    return this.user(account);
  }

  /** The `repository` schema; `full-repository` adds a few counters on top. */
  repository(repo: RepoRecord, viewer?: string): Payload {
    const r = this.repoUrl(repo);
    const owner = this.state.account(repo.owner) as AccountRecord;
    const openIssues = [...repo.issues.values(), ...repo.pulls.values()].filter(
      (i) => i.state === 'open',
    ).length;
    const permission = viewer ? this.state.permissionOf(repo.fullName, viewer) : undefined;
    return {
      id: repo.id,
      node_id: nodeId('Repository', repo.id),
      name: repo.name,
      full_name: repo.fullName,
      private: repo.private,
      visibility: repo.private ? 'private' : 'public',
      owner: this.user(owner),
      html_url: `${HTML}/${repo.fullName}`,
      description: repo.description,
      fork: false,
      url: r,
      archive_url: `${r}/{archive_format}{/ref}`,
      assignees_url: `${r}/assignees{/user}`,
      blobs_url: `${r}/git/blobs{/sha}`,
      branches_url: `${r}/branches{/branch}`,
      collaborators_url: `${r}/collaborators{/collaborator}`,
      comments_url: `${r}/comments{/number}`,
      commits_url: `${r}/commits{/sha}`,
      compare_url: `${r}/compare/{base}...{head}`,
      contents_url: `${r}/contents/{+path}`,
      contributors_url: `${r}/contributors`,
      deployments_url: `${r}/deployments`,
      downloads_url: `${r}/downloads`,
      events_url: `${r}/events`,
      forks_url: `${r}/forks`,
      git_commits_url: `${r}/git/commits{/sha}`,
      git_refs_url: `${r}/git/refs{/sha}`,
      git_tags_url: `${r}/git/tags{/sha}`,
      git_url: `git://github.com/${repo.fullName}.git`,
      issue_comment_url: `${r}/issues/comments{/number}`,
      issue_events_url: `${r}/issues/events{/number}`,
      issues_url: `${r}/issues{/number}`,
      keys_url: `${r}/keys{/key_id}`,
      labels_url: `${r}/labels{/name}`,
      languages_url: `${r}/languages`,
      merges_url: `${r}/merges`,
      milestones_url: `${r}/milestones{/number}`,
      notifications_url: `${r}/notifications{?since,all,participating}`,
      pulls_url: `${r}/pulls{/number}`,
      releases_url: `${r}/releases{/id}`,
      ssh_url: `git@github.com:${repo.fullName}.git`,
      stargazers_url: `${r}/stargazers`,
      statuses_url: `${r}/statuses/{sha}`,
      subscribers_url: `${r}/subscribers`,
      subscription_url: `${r}/subscription`,
      tags_url: `${r}/tags`,
      teams_url: `${r}/teams`,
      trees_url: `${r}/git/trees{/sha}`,
      hooks_url: `${r}/hooks`,
      clone_url: `${HTML}/${repo.fullName}.git`,
      svn_url: `${HTML}/${repo.fullName}`,
      mirror_url: null,
      homepage: null,
      language: null,
      license: null,
      forks: 0,
      forks_count: 0,
      stargazers_count: 0,
      watchers: 0,
      watchers_count: 0,
      size: 0,
      default_branch: repo.defaultBranch,
      open_issues: openIssues,
      open_issues_count: openIssues,
      is_template: false,
      topics: [],
      has_issues: true,
      has_projects: true,
      has_wiki: true,
      has_pages: false,
      has_downloads: true,
      has_discussions: false,
      archived: false,
      disabled: false,
      pushed_at: repo.pushedAt,
      created_at: repo.createdAt,
      updated_at: repo.updatedAt,
      ...(permission ? { permissions: permissionFlags(permission) } : {}),
      allow_forking: true,
      web_commit_signoff_required: false,
    };
  }

  fullRepository(repo: RepoRecord, viewer?: string): Payload {
    const owner = this.state.account(repo.owner) as AccountRecord;
    return {
      ...this.repository(repo, viewer),
      ...(owner.type === 'Organization' ? { organization: this.user(owner) } : {}),
      network_count: 0,
      subscribers_count: 0,
      allow_squash_merge: true,
      allow_merge_commit: true,
      allow_rebase_merge: true,
      delete_branch_on_merge: false,
    };
  }

  commit(repo: RepoRecord, commit: CommitRecord): Payload {
    const r = this.repoUrl(repo);
    return {
      sha: commit.sha,
      node_id: nodeId('Commit', Number.parseInt(commit.sha.slice(0, 8), 16)),
      url: `${r}/commits/${commit.sha}`,
      html_url: `${HTML}/${repo.fullName}/commit/${commit.sha}`,
      comments_url: `${r}/commits/${commit.sha}/comments`,
      commit: {
        url: `${r}/git/commits/${commit.sha}`,
        author: commit.author,
        committer: commit.committer,
        message: commit.message,
        comment_count: 0,
        tree: { sha: commit.treeSha, url: `${r}/git/trees/${commit.treeSha}` },
        verification: unsigned(),
      },
      // The git identity is not linked to a GitHub account; GitHub answers {} then.
      author: {},
      committer: {},
      parents: commit.parents.map((sha) => ({
        sha,
        url: `${r}/commits/${sha}`,
        html_url: `${HTML}/${repo.fullName}/commit/${sha}`,
      })),
    };
  }

  branch(repo: RepoRecord, branch: BranchRecord): Payload {
    const r = this.repoUrl(repo);
    const commit = repo.commits.get(branch.sha) as CommitRecord;
    const checks = branch.protection?.requiredStatusChecks;
    return {
      name: branch.name,
      commit: this.commit(repo, commit),
      _links: { html: `${HTML}/${repo.fullName}/tree/${branch.name}`, self: `${r}/branches/${branch.name}` },
      protected: branch.protection !== undefined,
      protection: {
        enabled: branch.protection !== undefined,
        required_status_checks: {
          enforcement_level: checks ? 'non_admins' : 'off',
          contexts: checks?.contexts ?? [],
          checks: (checks?.contexts ?? []).map((context) => ({ context, app_id: null })),
        },
      },
      protection_url: `${r}/branches/${encodeURIComponent(branch.name)}/protection`,
    };
  }

  branchProtection(repo: RepoRecord, branch: BranchRecord): Payload {
    const p = branch.protection ?? {};
    const url = `${this.repoUrl(repo)}/branches/${encodeURIComponent(branch.name)}/protection`;
    const checks = p.requiredStatusChecks;
    return {
      url,
      ...(checks
        ? {
            required_status_checks: {
              url: `${url}/required_status_checks`,
              strict: checks.strict,
              contexts: checks.contexts,
              contexts_url: `${url}/required_status_checks/contexts`,
              checks: checks.contexts.map((context) => ({ context, app_id: null })),
            },
          }
        : {}),
      ...(p.requiredApprovingReviewCount !== undefined || p.requireCodeOwnerReviews !== undefined
        ? {
            required_pull_request_reviews: {
              url: `${url}/required_pull_request_reviews`,
              dismiss_stale_reviews: p.dismissStaleReviews ?? false,
              require_code_owner_reviews: p.requireCodeOwnerReviews ?? false,
              required_approving_review_count: p.requiredApprovingReviewCount ?? 1,
              require_last_push_approval: false,
            },
          }
        : {}),
      required_signatures: { url: `${url}/required_signatures`, enabled: false },
      enforce_admins: { url: `${url}/enforce_admins`, enabled: p.enforceAdmins ?? false },
      required_linear_history: { enabled: false },
      allow_force_pushes: { enabled: false },
      allow_deletions: { enabled: false },
      block_creations: { enabled: false },
      required_conversation_resolution: { enabled: false },
      lock_branch: { enabled: false },
      allow_fork_syncing: { enabled: false },
    };
  }

  private contentLinks(repo: RepoRecord, path: string, sha: string, ref: string, kind: 'blob' | 'tree') {
    const r = this.repoUrl(repo);
    const self = `${r}/contents/${encodePath(path)}?ref=${encodeURIComponent(ref)}`;
    const git = `${r}/git/${kind === 'blob' ? 'blobs' : 'trees'}/${sha}`;
    const html = `${HTML}/${repo.fullName}/${kind}/${ref}/${encodePath(path)}`;
    return { url: self, git_url: git, html_url: html, _links: { self, git, html } };
  }

  /** A file entry without content (directory listings, file-commit). */
  fileEntry(repo: RepoRecord, file: FileRecord, ref: string): Payload {
    return {
      type: 'file',
      name: file.path.split('/').pop() as string,
      path: file.path,
      sha: file.sha,
      size: file.content.length,
      ...this.contentLinks(repo, file.path, file.sha, ref, 'blob'),
      download_url: `https://raw.githubusercontent.com/${repo.fullName}/${ref}/${encodePath(file.path)}`,
    };
  }

  /** The `content-file` schema: base64 content wrapped like GitHub does. */
  fileContent(repo: RepoRecord, file: FileRecord, ref: string): Payload {
    return { ...this.fileEntry(repo, file, ref), content: wrapBase64(file.content), encoding: 'base64' };
  }

  dirEntry(repo: RepoRecord, path: string, sha: string, ref: string): Payload {
    return {
      type: 'dir',
      name: path.split('/').pop() as string,
      path,
      sha,
      size: 0,
      ...this.contentLinks(repo, path, sha, ref, 'tree'),
      download_url: null,
    };
  }

  fileCommit(repo: RepoRecord, file: FileRecord, commit: CommitRecord, branch: string): Payload {
    const r = this.repoUrl(repo);
    return {
      content: this.fileEntry(repo, file, branch),
      commit: {
        sha: commit.sha,
        node_id: nodeId('Commit', Number.parseInt(commit.sha.slice(0, 8), 16)),
        url: `${r}/git/commits/${commit.sha}`,
        html_url: `${HTML}/${repo.fullName}/commit/${commit.sha}`,
        author: commit.author,
        committer: commit.committer,
        message: commit.message,
        tree: { sha: commit.treeSha, url: `${r}/git/trees/${commit.treeSha}` },
        parents: commit.parents.map((sha) => ({
          sha,
          url: `${r}/git/commits/${sha}`,
          html_url: `${HTML}/${repo.fullName}/commit/${sha}`,
        })),
        verification: unsigned(),
      },
    };
  }

  gitRef(repo: RepoRecord, ref: string, sha: string): Payload {
    const r = this.repoUrl(repo);
    return {
      ref,
      node_id: nodeId('Ref', Number.parseInt(sha.slice(0, 8), 16)),
      url: `${r}/git/${ref}`,
      object: { type: 'commit', sha, url: `${r}/git/commits/${sha}` },
    };
  }

  /**
   * pull-request-simple documents a label's description as a non-null string while issue and
   * pull-request allow null, so pull request lists say '' where GitHub would say null.
   */
  label(repo: RepoRecord, label: LabelRecord, nullableDescription = true): Payload {
    return {
      id: label.id,
      node_id: nodeId('Label', label.id),
      url: `${this.repoUrl(repo)}/labels/${encodeURIComponent(label.name)}`,
      name: label.name,
      color: label.color,
      description: nullableDescription ? label.description : (label.description ?? ''),
      default: false,
    };
  }

  private labels(repo: RepoRecord, names: string[], nullableDescription = true): Payload[] {
    return names.map((name) => this.label(repo, this.state.label(repo.fullName, name), nullableDescription));
  }

  private authorAssociation(repo: RepoRecord, login: string): string {
    if (login.toLowerCase() === repo.owner.toLowerCase()) return 'OWNER';
    const permission = this.state.permissionOf(repo.fullName, login);
    return permission ? 'COLLABORATOR' : 'NONE';
  }

  issue(repo: RepoRecord, issue: IssueRecord | PullRecord): Payload {
    const r = this.repoUrl(repo);
    const isPull = 'head' in issue;
    const assignees = issue.assignees.map((login) => this.userByLogin(login));
    return {
      id: issue.id,
      node_id: nodeId(isPull ? 'PullRequest' : 'Issue', issue.id),
      url: `${r}/issues/${issue.number}`,
      repository_url: r,
      labels_url: `${r}/issues/${issue.number}/labels{/name}`,
      comments_url: `${r}/issues/${issue.number}/comments`,
      events_url: `${r}/issues/${issue.number}/events`,
      html_url: `${HTML}/${repo.fullName}/${isPull ? 'pull' : 'issues'}/${issue.number}`,
      number: issue.number,
      state: issue.state,
      state_reason: isPull ? null : issue.stateReason,
      title: issue.title,
      body: issue.body,
      user: this.userByLogin(issue.user),
      labels: this.labels(repo, issue.labels),
      assignee: assignees[0] ?? null,
      assignees,
      milestone: null,
      locked: false,
      active_lock_reason: null,
      comments: 0,
      closed_at: issue.closedAt,
      created_at: issue.createdAt,
      updated_at: issue.updatedAt,
      closed_by: null,
      author_association: this.authorAssociation(repo, issue.user),
      // GitHub lists pull requests among issues and marks them with this key.
      ...(isPull
        ? {
            pull_request: {
              url: `${r}/pulls/${issue.number}`,
              html_url: `${HTML}/${repo.fullName}/pull/${issue.number}`,
              diff_url: `${HTML}/${repo.fullName}/pull/${issue.number}.diff`,
              patch_url: `${HTML}/${repo.fullName}/pull/${issue.number}.patch`,
              merged_at: null,
            },
          }
        : {}),
    };
  }

  /** The `pull-request-simple` schema (list items). */
  pullSimple(repo: RepoRecord, pull: PullRecord): Payload {
    const r = this.repoUrl(repo);
    const html = `${HTML}/${repo.fullName}/pull/${pull.number}`;
    const assignees = pull.assignees.map((login) => this.userByLogin(login));
    const side = (ref: string, ownerLogin: string) => {
      const headRepo = this.state.findRepo(`${ownerLogin}/${repo.name}`) ?? repo;
      return {
        label: `${ownerLogin}:${ref}`,
        ref,
        sha: headRepo.branches.get(ref)?.sha ?? '0'.repeat(40),
        user: this.userByLogin(ownerLogin),
        repo: this.repository(headRepo),
      };
    };
    return {
      url: `${r}/pulls/${pull.number}`,
      id: pull.id,
      node_id: nodeId('PullRequest', pull.id),
      html_url: html,
      diff_url: `${html}.diff`,
      patch_url: `${html}.patch`,
      issue_url: `${r}/issues/${pull.number}`,
      commits_url: `${r}/pulls/${pull.number}/commits`,
      review_comments_url: `${r}/pulls/${pull.number}/comments`,
      review_comment_url: `${r}/pulls/comments{/number}`,
      comments_url: `${r}/issues/${pull.number}/comments`,
      statuses_url: `${r}/statuses/${side(pull.head, pull.headOwner).sha}`,
      number: pull.number,
      state: pull.state,
      locked: false,
      title: pull.title,
      user: this.userByLogin(pull.user),
      body: pull.body,
      labels: this.labels(repo, pull.labels, false),
      milestone: null,
      active_lock_reason: null,
      created_at: pull.createdAt,
      updated_at: pull.updatedAt,
      closed_at: pull.closedAt,
      merged_at: null,
      merge_commit_sha: null,
      assignee: assignees[0] ?? null,
      assignees,
      requested_reviewers: [],
      requested_teams: [],
      head: side(pull.head, pull.headOwner),
      base: side(pull.base, repo.owner),
      _links: {
        self: { href: `${r}/pulls/${pull.number}` },
        html: { href: html },
        issue: { href: `${r}/issues/${pull.number}` },
        comments: { href: `${r}/issues/${pull.number}/comments` },
        review_comments: { href: `${r}/pulls/${pull.number}/comments` },
        review_comment: { href: `${r}/pulls/comments{/number}` },
        commits: { href: `${r}/pulls/${pull.number}/commits` },
        statuses: { href: `${r}/statuses/${side(pull.head, pull.headOwner).sha}` },
      },
      author_association: this.authorAssociation(repo, pull.user),
      auto_merge: null,
      draft: pull.draft,
    };
  }

  /** The `pull-request` schema (single pull request). */
  pull(repo: RepoRecord, pull: PullRecord): Payload {
    return {
      ...this.pullSimple(repo, pull),
      merged: false,
      mergeable: null,
      rebaseable: null,
      mergeable_state: 'unknown',
      merged_by: null,
      comments: 0,
      review_comments: 0,
      maintainer_can_modify: pull.maintainerCanModify,
      commits: 1,
      additions: 0,
      deletions: 0,
      changed_files: 0,
    };
  }

  private organization(login: string): Payload {
    const org = this.state.account(login) as AccountRecord;
    const url = `${this.api}/orgs/${org.login}`;
    return {
      login: org.login,
      id: org.id,
      node_id: nodeId('Organization', org.id),
      url,
      repos_url: `${url}/repos`,
      events_url: `${url}/events`,
      hooks_url: `${url}/hooks`,
      issues_url: `${url}/issues`,
      members_url: `${url}/members{/member}`,
      public_members_url: `${url}/public_members{/member}`,
      avatar_url: `https://avatars.githubusercontent.com/u/${org.id}?v=4`,
      description: null,
      name: org.name ?? org.login,
      html_url: `${HTML}/${org.login}`,
      has_organization_projects: true,
      has_repository_projects: true,
      public_repos: [...this.state.repos.values()].filter((r) => r.owner === org.login && !r.private).length,
      public_gists: 0,
      followers: 0,
      following: 0,
      type: 'Organization',
      created_at: org.createdAt,
      updated_at: org.createdAt,
      archived_at: null,
    };
  }

  team(team: TeamRecord): Payload {
    const org = this.state.account(team.org) as AccountRecord;
    const url = `${this.api}/organizations/${org.id}/team/${team.id}`;
    return {
      id: team.id,
      node_id: nodeId('Team', team.id),
      url,
      html_url: `${HTML}/orgs/${team.org}/teams/${team.slug}`,
      name: team.name,
      slug: team.slug,
      description: team.description,
      privacy: team.privacy,
      notification_setting: 'notifications_enabled',
      permission: 'pull',
      members_url: `${url}/members{/member}`,
      repositories_url: `${url}/repos`,
      parent: this.parentOf(team),
      type: 'organization',
      organization_id: org.id,
      members_count: team.members.size,
      repos_count: team.repos.size,
      created_at: team.createdAt,
      updated_at: team.updatedAt,
      organization: this.organization(team.org),
    };
  }

  private parentOf(team: TeamRecord): Payload | null {
    const parent = team.parentId === null ? undefined : this.state.teamById(team.parentId);
    return parent ? this.teamSimple(parent) : null;
  }

  /** The `team-simple` schema. */
  teamSimple(team: TeamRecord): Payload {
    const org = this.state.account(team.org) as AccountRecord;
    const url = `${this.api}/organizations/${org.id}/team/${team.id}`;
    return {
      id: team.id,
      node_id: nodeId('Team', team.id),
      url,
      members_url: `${url}/members{/member}`,
      name: team.name,
      description: team.description,
      permission: 'pull',
      privacy: team.privacy,
      notification_setting: 'notifications_enabled',
      html_url: `${HTML}/orgs/${team.org}/teams/${team.slug}`,
      repositories_url: `${url}/repos`,
      slug: team.slug,
      type: 'organization',
      organization_id: org.id,
    };
  }

  /** The `team` schema of team lists: team-simple with its parent. */
  teamListed(team: TeamRecord): Payload {
    return { ...this.teamSimple(team), parent: this.parentOf(team) };
  }

  /** The `team-membership` schema. */
  teamMembership(team: TeamRecord, login: string, role: string, state: 'active' | 'pending'): Payload {
    const org = this.state.account(team.org) as AccountRecord;
    return {
      url: `${this.api}/organizations/${org.id}/team/${team.id}/memberships/${login}`,
      role,
      state,
    };
  }

  /** The `collaborator` schema: a user with their permission on a repository. */
  collaborator(account: AccountRecord, permission: RepoPermission): Payload {
    return {
      ...this.user(account),
      permissions: permissionFlags(permission),
      role_name: roleName(permission),
    };
  }

  /** The `minimal-repository` schema with the caller's (or a team's) permission. */
  minimalRepository(repo: RepoRecord, permission?: RepoPermission): Payload {
    const {
      source: _s,
      parent: _p,
      organization: _o,
      ...rest
    } = this.repository(repo) as Record<string, unknown>;
    return {
      ...rest,
      ...(permission ? { permissions: permissionFlags(permission), role_name: roleName(permission) } : {}),
    };
  }

  /** The `organization-invitation` schema. */
  invitation(org: string, invitation: InvitationRecord): Payload {
    const orgRecord = this.state.account(org) as AccountRecord;
    const inviter = this.state.account(invitation.inviter) ?? orgRecord;
    return {
      id: invitation.id,
      login: invitation.login,
      email: null,
      role: invitation.role,
      created_at: invitation.createdAt,
      failed_at: null,
      failed_reason: null,
      inviter: this.user(inviter),
      team_count: invitation.teams.size,
      node_id: nodeId('OrganizationInvitation', invitation.id),
      invitation_teams_url: `${this.api}/organizations/${orgRecord.id}/invitations/${invitation.id}/teams`,
      invitation_source: 'member',
    };
  }

  /** The `team-repository` schema: the repository as the team sees it. */
  teamRepository(repo: RepoRecord, permission: RepoPermission): Payload {
    return {
      ...this.repository(repo),
      permissions: permissionFlags(permission),
      role_name: roleName(permission),
    };
  }

  collaboratorPermission(repo: RepoRecord, account: AccountRecord): Payload {
    const permission = this.state.permissionOf(repo.fullName, account.login);
    return {
      // Legacy base roles: maintain reads as write, triage as read.
      permission: permission ? legacyPermission(permission) : 'none',
      role_name: permission ? roleName(permission) : 'none',
      user: {
        ...this.user(account),
        ...(permission ? { permissions: permissionFlags(permission) } : {}),
        role_name: permission ? roleName(permission) : 'none',
      },
    };
  }
}

function unsigned(): Payload {
  return { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null };
}

export function roleName(permission: RepoPermission): string {
  return { pull: 'read', triage: 'triage', push: 'write', maintain: 'maintain', admin: 'admin' }[permission];
}

function legacyPermission(permission: RepoPermission): string {
  return { pull: 'read', triage: 'read', push: 'write', maintain: 'write', admin: 'admin' }[permission];
}

function permissionFlags(permission: RepoPermission): Record<RepoPermission, boolean> {
  const order: RepoPermission[] = ['pull', 'triage', 'push', 'maintain', 'admin'];
  const rank = order.indexOf(permission);
  return {
    pull: rank >= 0,
    triage: rank >= 1,
    push: rank >= 2,
    maintain: rank >= 3,
    admin: rank >= 4,
  };
}
