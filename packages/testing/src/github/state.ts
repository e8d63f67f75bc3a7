/**
 * What the GitHub stand-in knows: accounts, teams, repositories with git history, issues and pull
 * requests. Tests seed it with the helper methods and read it back in assertions; the HTTP
 * handlers use the same methods, so seeding and API writes cannot disagree.
 *
 * Names are case-insensitive like on GitHub: maps are keyed by lower-cased names, records keep
 * the spelling they were created with.
 */
import { createHash } from 'node:crypto';

export type RepoPermission = 'pull' | 'triage' | 'push' | 'maintain' | 'admin';
const PERMISSION_RANK: Record<RepoPermission, number> = {
  pull: 1,
  triage: 2,
  push: 3,
  maintain: 4,
  admin: 5,
};

export interface AccountRecord {
  login: string;
  id: number;
  type: 'User' | 'Organization' | 'Bot';
  name: string | null;
  email: string | null;
  createdAt: string;
}

export interface TeamRecord {
  org: string;
  slug: string;
  name: string;
  id: number;
  description: string | null;
  privacy: 'closed' | 'secret';
  /** Member logins (maintainers included; pending invitees not). */
  members: Set<string>;
  /** Logins of members whose team role is maintainer. */
  maintainers: Set<string>;
  /** Logins invited to the organisation through this team, member until they accept. */
  pending: Map<string, 'member' | 'maintainer'>;
  /** Id of the parent team, if any. */
  parentId: number | null;
  /** Lower-cased `owner/repo` -> permission. */
  repos: Map<string, RepoPermission>;
  createdAt: string;
  updatedAt: string;
}

export type OrgRole = 'admin' | 'member';

export interface InvitationRecord {
  id: number;
  login: string;
  role: 'direct_member' | 'admin';
  inviter: string;
  createdAt: string;
  /** Slugs of the teams the invitee joins on accepting. */
  teams: Set<string>;
}

export interface FileRecord {
  path: string;
  content: Buffer;
  /** Git blob sha1 of the content, as GitHub reports it. */
  sha: string;
}

export interface GitIdentity {
  name: string;
  email: string;
  date: string;
}

export interface CommitRecord {
  sha: string;
  treeSha: string;
  parents: string[];
  message: string;
  author: GitIdentity;
  committer: GitIdentity;
  /** Snapshot of every file at this commit, by path. */
  files: ReadonlyMap<string, FileRecord>;
}

export interface BranchProtection {
  requiredApprovingReviewCount?: number;
  requireCodeOwnerReviews?: boolean;
  dismissStaleReviews?: boolean;
  enforceAdmins?: boolean;
  requiredStatusChecks?: { strict: boolean; contexts: string[] };
}

export interface BranchRecord {
  name: string;
  sha: string;
  protection?: BranchProtection;
}

export interface LabelRecord {
  id: number;
  name: string;
  color: string;
  description: string | null;
}

export interface IssueRecord {
  number: number;
  id: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  stateReason: 'completed' | 'not_planned' | 'duplicate' | 'reopened' | null;
  /** Label names. */
  labels: string[];
  /** Assignee logins. */
  assignees: string[];
  /** Creator login. */
  user: string;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
}

export interface PullRecord {
  number: number;
  id: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  draft: boolean;
  /** Branch name in the head repository. */
  head: string;
  /** Owner of the head repository (this repository's owner unless from a fork). */
  headOwner: string;
  base: string;
  user: string;
  maintainerCanModify: boolean;
  labels: string[];
  assignees: string[];
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
}

export interface RepoRecord {
  owner: string;
  name: string;
  fullName: string;
  id: number;
  private: boolean;
  description: string | null;
  defaultBranch: string;
  createdAt: string;
  updatedAt: string;
  pushedAt: string;
  branches: Map<string, BranchRecord>;
  tags: Map<string, string>;
  commits: Map<string, CommitRecord>;
  /** Lower-cased login -> permission granted directly. */
  collaborators: Map<string, RepoPermission>;
  /** Lower-cased name -> label. */
  labels: Map<string, LabelRecord>;
  issues: Map<number, IssueRecord>;
  pulls: Map<number, PullRecord>;
  nextNumber: number;
}

export interface AddRepoOptions {
  defaultBranch?: string;
  private?: boolean;
  description?: string | null;
  /** Files of the initial commit on the default branch, path -> content. */
  files?: Record<string, string | Uint8Array>;
}

export interface PutFileOptions {
  branch?: string;
  message?: string;
  author?: { name: string; email: string };
}

/** Thrown by state methods for conditions the HTTP layer turns into GitHub error responses. */
export class GitHubStateError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors?: Array<Record<string, string>>,
  ) {
    super(message);
  }
}

/** Git's blob id: sha1 of `blob <size>\0<content>`. */
export function gitBlobSha(content: string | Uint8Array): string {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

function sha1(...parts: string[]): string {
  return createHash('sha1').update(parts.join('\0')).digest('hex');
}

const key = (name: string) => name.toLowerCase();

export interface GitHubStateOptions {
  /** Clock for created/updated timestamps; fixed clocks make payloads reproducible. */
  now?: () => Date;
}

export class GitHubState {
  readonly accounts = new Map<string, AccountRecord>();
  /** Lower-cased `org/slug` -> team. */
  readonly teams = new Map<string, TeamRecord>();
  /** Lower-cased `owner/name` -> repository. */
  readonly repos = new Map<string, RepoRecord>();
  /** Lower-cased org -> lower-cased login -> role in the organisation. */
  readonly orgMembers = new Map<string, Map<string, OrgRole>>();
  /** Lower-cased org -> lower-cased login -> pending invitation. */
  readonly invitations = new Map<string, Map<string, InvitationRecord>>();
  private nextId = 1000;
  private readonly now: () => Date;

  constructor(options: GitHubStateOptions = {}) {
    this.now = options.now ?? (() => new Date());
  }

  /** GitHub's timestamp shape: second precision, `Z`. */
  timestamp(): string {
    return this.now()
      .toISOString()
      .replace(/\.\d{3}Z$/, 'Z');
  }

  private id(): number {
    this.nextId += 1;
    return this.nextId;
  }

  // ---- accounts -------------------------------------------------------------------------------

  addUser(
    login: string,
    options: { name?: string; email?: string; type?: 'User' | 'Bot' } = {},
  ): AccountRecord {
    return this.addAccount(login, options.type ?? 'User', options.name ?? null, options.email ?? null);
  }

  addOrg(login: string, options: { name?: string } = {}): AccountRecord {
    return this.addAccount(login, 'Organization', options.name ?? null, null);
  }

  private addAccount(login: string, type: AccountRecord['type'], name: string | null, email: string | null) {
    const existing = this.accounts.get(key(login));
    if (existing) {
      if (existing.type !== type) throw new Error(`${login} already exists as ${existing.type}`);
      return existing;
    }
    const record: AccountRecord = { login, id: this.id(), type, name, email, createdAt: this.timestamp() };
    this.accounts.set(key(login), record);
    return record;
  }

  account(login: string): AccountRecord | undefined {
    return this.accounts.get(key(login));
  }

  /** Looks up a user by the email CODEOWNERS may name. */
  userByEmail(email: string): AccountRecord | undefined {
    for (const account of this.accounts.values()) {
      if (account.email && key(account.email) === key(email)) return account;
    }
    return undefined;
  }

  // ---- teams ----------------------------------------------------------------------------------

  addTeam(
    org: string,
    slug: string,
    options: {
      name?: string;
      description?: string;
      members?: string[];
      maintainers?: string[];
      privacy?: 'closed' | 'secret';
      parent?: string;
    } = {},
  ): TeamRecord {
    const orgRecord = this.addOrg(org);
    const existing = this.teams.get(key(`${org}/${slug}`));
    if (existing) return existing;
    const now = this.timestamp();
    const team: TeamRecord = {
      org: orgRecord.login,
      slug: key(slug),
      name: options.name ?? slug,
      id: this.id(),
      description: options.description ?? null,
      privacy: options.privacy ?? 'closed',
      members: new Set(),
      maintainers: new Set(),
      pending: new Map(),
      parentId: options.parent === undefined ? null : (this.team(org, options.parent)?.id ?? null),
      repos: new Map(),
      createdAt: now,
      updatedAt: now,
    };
    this.teams.set(key(`${org}/${slug}`), team);
    for (const member of options.members ?? []) this.addTeamMember(org, slug, member);
    for (const member of options.maintainers ?? []) this.addTeamMember(org, slug, member, 'maintainer');
    return team;
  }

  teamById(id: number): TeamRecord | undefined {
    for (const team of this.teams.values()) if (team.id === id) return team;
    return undefined;
  }

  /** Teams of an organisation, by slug. */
  teamsOf(org: string): TeamRecord[] {
    return [...this.teams.values()]
      .filter((t) => key(t.org) === key(org))
      .sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  }

  /** A team member's role, or undefined when the login is not an (active) member. */
  teamRole(team: TeamRecord, login: string): 'member' | 'maintainer' | undefined {
    const found = [...team.members].find((m) => key(m) === key(login));
    if (!found) return undefined;
    return [...team.maintainers].some((m) => key(m) === key(login)) ? 'maintainer' : 'member';
  }

  /**
   * Adds or updates a membership like GitHub's PUT: an organisation member becomes an active member
   * at once; anyone else is invited to the organisation and stays pending until they accept.
   */
  setTeamMembership(
    team: TeamRecord,
    login: string,
    role: 'member' | 'maintainer',
    inviter: string,
  ): 'active' | 'pending' {
    const user = this.ensureUser(login);
    if (!this.orgRole(team.org, user.login)) {
      this.invite(team.org, user.login, inviter).teams.add(team.slug);
      team.pending.set(user.login, role);
      return 'pending';
    }
    this.removeFrom(team.members, user.login);
    this.removeFrom(team.maintainers, user.login);
    team.members.add(user.login);
    if (role === 'maintainer') team.maintainers.add(user.login);
    team.updatedAt = this.timestamp();
    return 'active';
  }

  /** Removes an active or pending membership; true when there was one. */
  removeTeamMembership(team: TeamRecord, login: string): boolean {
    const had = this.removeFrom(team.members, login) || team.pending.delete(this.pendingKey(team, login));
    this.removeFrom(team.maintainers, login);
    if (had) team.updatedAt = this.timestamp();
    return had;
  }

  private pendingKey(team: TeamRecord, login: string): string {
    return [...team.pending.keys()].find((m) => key(m) === key(login)) ?? login;
  }

  private removeFrom(set: Set<string>, login: string): boolean {
    const found = [...set].find((m) => key(m) === key(login));
    if (found === undefined) return false;
    set.delete(found);
    return true;
  }

  // ---- organisation membership ----------------------------------------------------------------

  addOrgMember(org: string, login: string, role: OrgRole = 'member'): void {
    const orgRecord = this.account(org) ?? this.addOrg(org);
    const user = this.ensureUser(login);
    let members = this.orgMembers.get(key(orgRecord.login));
    if (!members) {
      members = new Map();
      this.orgMembers.set(key(orgRecord.login), members);
    }
    members.set(key(user.login), role);
  }

  orgRole(org: string, login: string): OrgRole | undefined {
    return this.orgMembers.get(key(org))?.get(key(login));
  }

  /** Member accounts of an organisation, in login order. */
  membersOf(org: string): Array<{ account: AccountRecord; role: OrgRole }> {
    return [...(this.orgMembers.get(key(org)) ?? new Map<string, OrgRole>()).entries()]
      .map(([login, role]) => ({ account: this.account(login) as AccountRecord, role }))
      .sort((a, b) => (key(a.account.login) < key(b.account.login) ? -1 : 1));
  }

  invite(org: string, login: string, inviter: string): InvitationRecord {
    let pending = this.invitations.get(key(org));
    if (!pending) {
      pending = new Map();
      this.invitations.set(key(org), pending);
    }
    const existing = pending.get(key(login));
    if (existing) return existing;
    const record: InvitationRecord = {
      id: this.id(),
      login,
      role: 'direct_member',
      inviter,
      createdAt: this.timestamp(),
      teams: new Set(),
    };
    pending.set(key(login), record);
    return record;
  }

  /** The invitee accepts: they join the organisation and every team they were invited to. */
  acceptInvitation(org: string, login: string): void {
    const invitation = this.invitations.get(key(org))?.get(key(login));
    if (!invitation) throw new Error(`${login} has no invitation to ${org}`);
    this.invitations.get(key(org))?.delete(key(login));
    this.addOrgMember(org, login);
    for (const slug of invitation.teams) {
      const team = this.team(org, slug);
      if (!team) continue;
      const role = team.pending.get(this.pendingKey(team, login));
      team.pending.delete(this.pendingKey(team, login));
      if (role) this.setTeamMembership(team, login, role, invitation.inviter);
    }
  }

  team(org: string, slug: string): TeamRecord | undefined {
    return this.teams.get(key(`${org}/${slug}`));
  }

  /** Gives a team a permission on a repository (`owner/name`). */
  grantTeam(
    org: string,
    slug: string,
    repoFullName: string,
    permission: RepoPermission = 'push',
  ): TeamRecord {
    const team = this.team(org, slug) ?? this.addTeam(org, slug);
    team.repos.set(key(this.repo(repoFullName).fullName), permission);
    return team;
  }

  /** Seeds an active membership; the login becomes an organisation member if it was not one. */
  addTeamMember(org: string, slug: string, login: string, role: 'member' | 'maintainer' = 'member'): void {
    const team = this.team(org, slug) ?? this.addTeam(org, slug);
    const user = this.ensureUser(login);
    if (!this.orgRole(team.org, user.login)) this.addOrgMember(team.org, user.login);
    this.setTeamMembership(team, user.login, role, team.org);
  }

  private ensureUser(login: string): AccountRecord {
    return this.account(login) ?? this.addUser(login);
  }

  // ---- repositories ---------------------------------------------------------------------------

  /**
   * Creates `owner/name` with one commit on the default branch. An unknown owner is created as an
   * organisation, since rolekit's repositories live in organisations.
   */
  addRepo(fullName: string, options: AddRepoOptions = {}): RepoRecord {
    const [ownerLogin, name, ...rest] = fullName.split('/');
    if (!ownerLogin || !name || rest.length > 0) throw new Error(`expected owner/name, got ${fullName}`);
    if (this.repos.has(key(fullName))) throw new Error(`repository ${fullName} already exists`);
    const owner = this.account(ownerLogin) ?? this.addOrg(ownerLogin);
    const now = this.timestamp();
    const repo: RepoRecord = {
      owner: owner.login,
      name,
      fullName: `${owner.login}/${name}`,
      id: this.id(),
      private: options.private ?? false,
      description: options.description ?? null,
      defaultBranch: options.defaultBranch ?? 'main',
      createdAt: now,
      updatedAt: now,
      pushedAt: now,
      branches: new Map(),
      tags: new Map(),
      commits: new Map(),
      collaborators: new Map(),
      labels: new Map(),
      issues: new Map(),
      pulls: new Map(),
      nextNumber: 1,
    };
    const files = new Map<string, FileRecord>();
    for (const [path, content] of Object.entries(options.files ?? {}))
      files.set(path, fileRecord(path, content));
    const commit = this.commit(repo, [], files, 'Initial commit', undefined);
    repo.branches.set(repo.defaultBranch, { name: repo.defaultBranch, sha: commit.sha });
    this.repos.set(key(fullName), repo);
    return repo;
  }

  /** The repository, or an Error naming it (for seeding mistakes in tests). */
  repo(fullName: string): RepoRecord {
    const repo = this.findRepo(fullName);
    if (!repo) throw new Error(`no repository ${fullName} in the GitHub stand-in`);
    return repo;
  }

  findRepo(fullName: string): RepoRecord | undefined {
    return this.repos.get(key(fullName));
  }

  addCollaborator(repoFullName: string, login: string, permission: RepoPermission = 'push'): void {
    const user = this.ensureUser(login);
    this.repo(repoFullName).collaborators.set(key(user.login), permission);
  }

  /**
   * Highest permission a user has on a repository through any grant: ownership, direct
   * collaboration or team membership (GitHub's "calculated permission").
   */
  permissionOf(repoFullName: string, login: string): RepoPermission | undefined {
    const repo = this.repo(repoFullName);
    if (key(repo.owner) === key(login)) return 'admin';
    if (this.orgRole(repo.owner, login) === 'admin') return 'admin';
    let best = repo.collaborators.get(key(login));
    for (const team of this.teams.values()) {
      if (key(team.org) !== key(repo.owner)) continue;
      const granted = team.repos.get(key(repo.fullName));
      if (!granted || ![...team.members].some((m) => key(m) === key(login))) continue;
      if (!best || PERMISSION_RANK[granted] > PERMISSION_RANK[best]) best = granted;
    }
    return best;
  }

  static atLeast(permission: RepoPermission | undefined, wanted: RepoPermission): boolean {
    return permission !== undefined && PERMISSION_RANK[permission] >= PERMISSION_RANK[wanted];
  }

  // ---- git ------------------------------------------------------------------------------------

  private commit(
    repo: RepoRecord,
    parents: string[],
    files: ReadonlyMap<string, FileRecord>,
    message: string,
    author: { name: string; email: string } | undefined,
  ): CommitRecord {
    const identity: GitIdentity = {
      name: author?.name ?? 'rolekit stand-in',
      email: author?.email ?? 'stand-in@rolekit.invalid',
      date: this.timestamp(),
    };
    const listing = [...files.values()]
      .sort((a, b) => (a.path < b.path ? -1 : 1))
      .map((f) => `${f.path}:${f.sha}`);
    const treeSha = sha1('tree', ...listing);
    // Commits in one repository are numbered so two identical writes still get distinct shas.
    const sha = sha1('commit', repo.fullName, String(repo.commits.size), treeSha, ...parents, message);
    const record: CommitRecord = {
      sha,
      treeSha,
      parents,
      message,
      author: identity,
      committer: identity,
      files,
    };
    repo.commits.set(sha, record);
    repo.pushedAt = identity.date;
    repo.updatedAt = identity.date;
    return record;
  }

  branch(repoFullName: string, branch: string): BranchRecord | undefined {
    return this.repo(repoFullName).branches.get(branch);
  }

  /** Creates a branch at another branch's head (default: the default branch) or at a commit sha. */
  addBranch(repoFullName: string, name: string, from?: string): BranchRecord {
    const repo = this.repo(repoFullName);
    const sha = this.resolveRef(repo, from ?? repo.defaultBranch)?.sha;
    if (!sha) throw new Error(`cannot branch ${name} from unknown ${from}`);
    const branch: BranchRecord = { name, sha };
    repo.branches.set(name, branch);
    return branch;
  }

  /** Resolves a branch name, tag name, `heads/x`/`tags/x`/`refs/...` ref or commit sha to a commit. */
  resolveRef(repo: RepoRecord, ref: string): CommitRecord | undefined {
    const bare = ref.replace(/^refs\//, '');
    const sha =
      (bare.startsWith('heads/') ? repo.branches.get(bare.slice(6))?.sha : undefined) ??
      (bare.startsWith('tags/') ? repo.tags.get(bare.slice(5)) : undefined) ??
      repo.branches.get(ref)?.sha ??
      repo.tags.get(ref) ??
      (/^[0-9a-f]{40}$/.test(ref) ? ref : undefined);
    return sha ? repo.commits.get(sha) : undefined;
  }

  /** Writes a file on a branch as a new commit, like the contents API. */
  putFile(
    repoFullName: string,
    path: string,
    content: string | Uint8Array,
    options: PutFileOptions = {},
  ): { commit: CommitRecord; file: FileRecord; created: boolean } {
    const repo = this.repo(repoFullName);
    const branchName = options.branch ?? repo.defaultBranch;
    const branch = repo.branches.get(branchName);
    if (!branch) throw new GitHubStateError(404, `Branch ${branchName} not found`);
    const parent = repo.commits.get(branch.sha) as CommitRecord;
    const files = new Map(parent.files);
    const file = fileRecord(path, content);
    const created = !files.has(path);
    files.set(path, file);
    const message = options.message ?? `${created ? 'Create' : 'Update'} ${path}`;
    const commit = this.commit(repo, [parent.sha], files, message, options.author);
    branch.sha = commit.sha;
    return { commit, file, created };
  }

  /** A file at a ref (default: the default branch), or undefined. */
  file(repoFullName: string, path: string, ref?: string): FileRecord | undefined {
    const repo = this.repo(repoFullName);
    return this.resolveRef(repo, ref ?? repo.defaultBranch)?.files.get(path);
  }

  /** A file's text at a ref, for assertions. */
  readFile(repoFullName: string, path: string, ref?: string): string | undefined {
    return this.file(repoFullName, path, ref)?.content.toString('utf8');
  }

  /** Commits reachable from a branch head, newest first, following first parents. */
  history(repoFullName: string, branch?: string): CommitRecord[] {
    const repo = this.repo(repoFullName);
    const out: CommitRecord[] = [];
    let commit = this.resolveRef(repo, branch ?? repo.defaultBranch);
    while (commit) {
      out.push(commit);
      commit = commit.parents[0] ? repo.commits.get(commit.parents[0]) : undefined;
    }
    return out;
  }

  /** Whether `ancestor` is reachable from `descendant` (fast-forward check). */
  isAncestor(repo: RepoRecord, ancestor: string, descendant: string): boolean {
    const seen = new Set<string>();
    const stack = [descendant];
    while (stack.length > 0) {
      const sha = stack.pop() as string;
      if (sha === ancestor) return true;
      if (seen.has(sha)) continue;
      seen.add(sha);
      stack.push(...(repo.commits.get(sha)?.parents ?? []));
    }
    return false;
  }

  protectBranch(repoFullName: string, branch: string, protection: BranchProtection = {}): BranchRecord {
    const record = this.branch(repoFullName, branch);
    if (!record) throw new Error(`no branch ${branch} in ${repoFullName}`);
    record.protection = protection;
    return record;
  }

  // ---- issues and pull requests ---------------------------------------------------------------

  /** Finds or creates a label; GitHub creates unknown labels named on an issue. */
  label(
    repoFullName: string,
    name: string,
    options: { color?: string; description?: string } = {},
  ): LabelRecord {
    const repo = this.repo(repoFullName);
    const existing = repo.labels.get(key(name));
    if (existing) return existing;
    const color = options.color ?? sha1('label', name).slice(0, 6);
    const label: LabelRecord = { id: this.id(), name, color, description: options.description ?? null };
    repo.labels.set(key(name), label);
    return label;
  }

  addIssue(
    repoFullName: string,
    fields: {
      title: string;
      body?: string | null;
      labels?: string[];
      assignees?: string[];
      user?: string;
      state?: 'open' | 'closed';
    },
  ): IssueRecord {
    const repo = this.repo(repoFullName);
    const now = this.timestamp();
    const state = fields.state ?? 'open';
    const issue: IssueRecord = {
      number: repo.nextNumber++,
      id: this.id(),
      title: fields.title,
      body: fields.body ?? null,
      state,
      stateReason: state === 'closed' ? 'completed' : null,
      labels: (fields.labels ?? []).map((l) => this.label(repoFullName, l).name),
      assignees: (fields.assignees ?? []).map((a) => this.ensureUser(a).login),
      user: this.ensureUser(fields.user ?? repo.owner).login,
      createdAt: now,
      updatedAt: now,
      closedAt: state === 'closed' ? now : null,
    };
    repo.issues.set(issue.number, issue);
    return issue;
  }

  issues(repoFullName: string): IssueRecord[] {
    return [...this.repo(repoFullName).issues.values()];
  }

  addPull(
    repoFullName: string,
    fields: {
      head: string;
      base?: string;
      title: string;
      body?: string | null;
      user?: string;
      draft?: boolean;
    },
  ): PullRecord {
    const repo = this.repo(repoFullName);
    const now = this.timestamp();
    const pull: PullRecord = {
      number: repo.nextNumber++,
      id: this.id(),
      title: fields.title,
      body: fields.body ?? null,
      state: 'open',
      draft: fields.draft ?? false,
      head: fields.head,
      headOwner: repo.owner,
      base: fields.base ?? repo.defaultBranch,
      user: this.ensureUser(fields.user ?? repo.owner).login,
      maintainerCanModify: false,
      labels: [],
      assignees: [],
      createdAt: now,
      updatedAt: now,
      closedAt: null,
    };
    repo.pulls.set(pull.number, pull);
    return pull;
  }

  pulls(repoFullName: string): PullRecord[] {
    return [...this.repo(repoFullName).pulls.values()];
  }
}

function fileRecord(path: string, content: string | Uint8Array): FileRecord {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
  return { path, content: bytes, sha: gitBlobSha(bytes) };
}
