/**
 * CODEOWNERS files -> codeowners.yaml rules, roles for the teams and people found as owners, and a
 * skeleton per repository: the lines the model cannot hold, kept by hand around an empty managed
 * block, so that `rolekit generate codeowners` fills the block and the file owns every path as
 * before. Pure.
 *
 * Why the lines move and still mean the same: the last matching rule wins (per section on GitLab),
 * so only the order of rules that can match one path matters. Rules the model holds go in the
 * block; a hand-written line goes after it (GitHub, and GitLab sections) or before it (GitLab
 * rules outside any section, which must stay out of the sections). A rule of the model that would
 * then change places with a hand-written line it overlaps is kept by hand too. Rules that a later
 * rule matches completely never decide an owner; they are dropped, because the generator puts a
 * more general rule before a more specific one.
 */
import { BEGIN_MARKER, compilePattern, covers, END_MARKER } from '@rolekit/codeowners';
import type {
  CodeownersLine,
  ImportProblem,
  ParsedCodeowners,
  RuleLine,
  SectionLine,
} from './codeowners-file.js';
import {
  emptyFragment,
  type Fragment,
  IMPORTED_FAMILY,
  isSlug,
  type Known,
  type PersonDraft,
  type RepositoryDraft,
  type RoleDraft,
  type RuleDraft,
  slugify,
  titleOf,
  uniqueId,
} from './fragment.js';

export interface CodeownersSource {
  /** Repository name in the model. */
  repository: string;
  parsed: ParsedCodeowners;
}

export interface KeptLine {
  file: string;
  line: number;
  text: string;
  reason: string;
}

export interface CodeownersImport {
  fragment: Fragment;
  /** Lines kept by hand outside the managed block, and why. */
  kept: KeptLine[];
  /** Rules that never decide an owner, not imported. */
  dropped: KeptLine[];
  /** Whether any file has GitLab sections (generate with codeowners.flavour=gitlab). */
  gitlab: boolean;
  org?: string;
  problems: ImportProblem[];
}

const GITHUB_LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
const REPOSITORY = /^[A-Za-z0-9._-]{1,100}$/;

const dirOf = (path: string) => path.slice(0, path.lastIndexOf('/') + 1);
const baseOf = (path: string) => path.slice(path.lastIndexOf('/') + 1);
const overlapCache = new Map<string, boolean>();

/**
 * Whether some path matches both patterns: tried on each one's witnesses, and on paths that cross
 * them (one's directory with the other's file name, one inside the other), which finds the shared
 * paths of `/api/` and `*.yml` that neither's own witnesses hit. The import's proof checks the rest.
 */
export function overlaps(a: string, b: string): boolean {
  const key = `${a}\0${b}`;
  const cached = overlapCache.get(key);
  if (cached !== undefined) return cached;
  const x = compilePattern(a);
  const y = compilePattern(b);
  const both = (p: string) => x.matches(p) && y.matches(p);
  let found = x.witnesses.some(both) || y.witnesses.some(both);
  for (const u of x.witnesses) {
    if (found) break;
    for (const v of y.witnesses) {
      if (
        both(`${u}/${v}`) ||
        both(`${v}/${u}`) ||
        both(dirOf(u) + baseOf(v)) ||
        both(dirOf(v) + baseOf(u))
      ) {
        found = true;
        break;
      }
    }
  }
  if (overlapCache.size > 100_000) overlapCache.clear();
  overlapCache.set(key, found);
  return found;
}

/** Resolves owners to role ids, creating roles and people as it goes. */
class OwnerResolver {
  readonly roles: RoleDraft[] = [];
  readonly people: PersonDraft[] = [];
  private readonly byOwner = new Map<string, string>();
  private readonly roleIds: Set<string>;
  private readonly personIds: Set<string>;

  constructor(
    private readonly known: Known,
    readonly org: string | undefined,
  ) {
    this.roleIds = new Set(known.roles.map((r) => r.id));
    this.personIds = new Set(known.people.map((p) => p.id));
  }

  /** Why the owner has no place in the model, if it has none. */
  reasonAgainst(owner: string): string | undefined {
    if (!owner.startsWith('@'))
      return `the email owner ${owner} (a role's owners are its team or its people's GitHub logins)`;
    const [login, team] = owner.slice(1).split('/') as [string, string | undefined];
    if (team !== undefined) {
      if (!this.org || login.toLowerCase() !== this.org.toLowerCase())
        return `the team ${owner} of another organisation than ${this.org ?? '(none)'}`;
      if (!isSlug(team.toLowerCase()))
        return `the team slug '${team}', which is not a lowercase-and-hyphens id`;
    } else if (!GITHUB_LOGIN.test(login)) return `'${owner}', which is not a GitHub login`;
    return undefined;
  }

  /** The role id for an owner that reasonAgainst accepts, created on first sight. */
  resolve(owner: string): string {
    const key = owner.toLowerCase();
    const cached = this.byOwner.get(key);
    if (cached) return cached;
    const [login, team] = owner.slice(1).split('/') as [string, string | undefined];
    const role = team !== undefined ? this.teamRole(team.toLowerCase()) : this.userRole(login);
    this.byOwner.set(key, role);
    return role;
  }

  private teamRole(slug: string): string {
    const existing = this.known.roles.find((r) => r.githubTeam === slug);
    if (existing) return existing.id;
    const id = uniqueId(slug, this.roleIds);
    this.roles.push({
      id,
      title: titleOf(slug),
      family: IMPORTED_FAMILY.id,
      summary: `Owns code through the GitHub team @${this.org}/${slug} (imported from CODEOWNERS).`,
      github: { team: slug },
    });
    return id;
  }

  private userRole(login: string): string {
    const person = this.known.people.find((p) => p.github?.toLowerCase() === login.toLowerCase());
    // A role only this person holds, without a team, already stands for @login alone.
    if (person) {
      const alone = person.roles.find((roleId) => {
        const role = this.known.roles.find((r) => r.id === roleId);
        const holders = this.known.people.filter((p) => p.roles.includes(roleId));
        return role && !role.githubTeam && holders.length === 1;
      });
      if (alone) return alone;
    }
    const id = uniqueId(`owner-${slugify(login)}`, this.roleIds);
    this.roles.push({
      id,
      title: `Code owner ${login}`,
      family: IMPORTED_FAMILY.id,
      summary: `Proposed role for @${login}, who owns code on their own in CODEOWNERS: name what they do, or give the rules to a team's role.`,
    });
    if (person) this.people.push({ ...person, roles: [id] });
    else {
      const fresh = this.people.find((p) => p.github === login);
      if (fresh) fresh.roles.push(id);
      else
        this.people.push({
          id: uniqueId(slugify(login), this.personIds),
          name: login,
          github: login,
          roles: [id],
        });
    }
    return id;
  }
}

/** The organisation CODEOWNERS teams belong to: the model's, the one given, else the first team's. */
function organisationOf(
  sources: readonly CodeownersSource[],
  known: Known,
  given?: string,
): string | undefined {
  if (known.githubOrg) return known.githubOrg;
  if (given) return given;
  for (const { parsed } of sources)
    for (const line of parsed.lines) {
      const owners = line.kind === 'rule' ? line.owners : line.kind === 'section' ? line.defaultOwners : [];
      const team = owners.find((o) => o.startsWith('@') && o.includes('/'));
      if (team) return team.slice(1).split('/')[0];
    }
  return undefined;
}

interface Placed {
  rule: RuleLine;
  /** Comment lines (and blank lines) just before the rule. */
  before: CodeownersLine[];
  roles?: string[];
  reason?: string;
}

export function importCodeowners(
  sources: readonly CodeownersSource[],
  known: Known,
  options: { org?: string } = {},
): CodeownersImport {
  const org = organisationOf(sources, known, options.org);
  const resolver = new OwnerResolver(known, org);
  const fragment = emptyFragment();
  const kept: KeptLine[] = [];
  const dropped: KeptLine[] = [];
  const problems: ImportProblem[] = [];
  const names = new Set<string>();
  for (const { repository, parsed } of sources) {
    if (!REPOSITORY.test(repository)) {
      problems.push({
        file: parsed.file,
        line: 1,
        message: `'${repository}' is not a repository name`,
        hint: 'name the repository with --name, or import from OWNER/NAME',
      });
      continue;
    }
    if (names.has(repository.toLowerCase())) {
      problems.push({
        file: parsed.file,
        line: 1,
        message: `a second CODEOWNERS file for repository '${repository}'`,
        hint: 'import one file per repository (a file’s repository is its folder’s name, or --name)',
      });
      continue;
    }
    names.add(repository.toLowerCase());
    const one = importOne(repository, parsed, resolver);
    fragment.repositories.push(one.repository);
    fragment.outputs.push({ path: `codeowners/${repository}/CODEOWNERS`, text: one.skeleton });
    kept.push(...one.kept);
    dropped.push(...one.dropped);
  }
  fragment.roles.push(...resolver.roles);
  fragment.people.push(...resolver.people);
  if (resolver.roles.length > 0) fragment.families.push(IMPORTED_FAMILY);
  if (org && !known.githubOrg) fragment.githubOrg = org;
  return {
    fragment,
    kept,
    dropped,
    gitlab: sources.some((s) => s.parsed.gitlab),
    ...(org ? { org } : {}),
    problems,
  };
}

/**
 * Splits a group's rules (in file order) into the block and the lines kept by hand before or after
 * it, so that every two rules that can match one path keep their order. `before`: hand-written
 * lines go before the block (GitLab, outside sections); `after`: after it (GitLab sections); `both`
 * (GitHub): before when no rule of the block or after it overlaps them, else after.
 */
function place(
  rules: readonly Placed[],
  mode: 'before' | 'after' | 'both',
  keep: (p: Placed, reason: string) => void,
): { block: Placed[]; before: Placed[]; after: Placed[] } {
  const block: Placed[] = [];
  const before: Placed[] = [];
  const after: Placed[] = [];
  const demote = (p: Placed, clash: Placed, where: string) => {
    keep(p, `it must stay ${where} line ${clash.rule.line}, which is kept by hand`);
    delete p.roles;
  };
  if (mode === 'before') {
    // Backwards: a rule of the block must not come before a hand-written line it overlaps.
    for (const p of [...rules].reverse()) {
      const clash = p.roles ? before.find((h) => overlaps(h.rule.pattern, p.rule.pattern)) : undefined;
      if (p.roles && !clash) block.unshift(p);
      else {
        if (clash) demote(p, clash, 'before');
        else keep(p, p.reason ?? '');
        before.unshift(p);
      }
    }
    return { block, before, after };
  }
  for (const p of rules) {
    if (p.roles) {
      const clash = after.find((h) => overlaps(h.rule.pattern, p.rule.pattern));
      if (!clash) block.push(p);
      else {
        demote(p, clash, 'after');
        after.push(p);
      }
      continue;
    }
    keep(p, p.reason ?? '');
    const early =
      mode === 'both' &&
      !block.some((k) => overlaps(k.rule.pattern, p.rule.pattern)) &&
      !after.some((h) => overlaps(h.rule.pattern, p.rule.pattern));
    (early ? before : after).push(p);
  }
  return { block, before, after };
}

function importOne(
  repository: string,
  parsed: ParsedCodeowners,
  resolver: OwnerResolver,
): { repository: RepositoryDraft; skeleton: string; kept: KeptLine[]; dropped: KeptLine[] } {
  const { lines, gitlab } = parsed;
  const sections = new Map<string, SectionLine>();
  // Leading comments up to the last blank line before the first rule stay at the top by hand.
  const firstRule = lines.findIndex((l) => l.kind === 'rule' || l.kind === 'section');
  const leadEnd =
    firstRule < 0
      ? lines.length
      : lines
          .slice(0, firstRule)
          .map((l) => l.kind)
          .lastIndexOf('blank') + 1;
  const head = lines.slice(0, leadEnd);
  const groups = new Map<string, Placed[]>();
  let pending: CodeownersLine[] = [];
  for (const line of lines.slice(leadEnd)) {
    if (line.kind === 'section') {
      const key = line.name.toLowerCase();
      if (!sections.has(key)) sections.set(key, line);
      continue;
    }
    if (line.kind !== 'rule') {
      pending.push(line);
      continue;
    }
    const key = gitlab ? (line.section ?? '') : '';
    const group = groups.get(key) ?? [];
    groups.set(key, group);
    const owners = line.owners.length > 0 ? line.owners : (line.heading?.defaultOwners ?? []);
    const placed: Placed = { rule: line, before: pending };
    pending = [];
    if (owners.length === 0) placed.reason = 'a rule without owners (it leaves the paths unowned)';
    else if (/\\\s/.test(line.pattern)) placed.reason = 'a pattern with an escaped space';
    else {
      const reason = owners.map((o) => resolver.reasonAgainst(o)).find((r) => r !== undefined);
      if (reason) placed.reason = reason;
      else placed.roles = [...new Set(owners.map((o) => resolver.resolve(o)))];
    }
    group.push(placed);
  }
  const tail = pending;

  const kept: KeptLine[] = [];
  const dropped: KeptLine[] = [];
  const keptLine = (p: Placed, reason: string) =>
    kept.push({ file: parsed.file, line: p.rule.line, text: p.rule.text.trim(), reason });
  const inBlock = new Map<string, Placed[]>();
  const byHand = new Map<string, Placed[]>();
  const byHandBefore: Placed[] = [];
  for (const [key, group] of groups) {
    // A rule a later rule covers completely never decides an owner.
    const live = group.filter((p, i) => {
      if (!p.roles) return true;
      const later = group
        .slice(i + 1)
        .find((q) => covers(compilePattern(q.rule.pattern), compilePattern(p.rule.pattern)));
      if (!later) return true;
      dropped.push({
        file: parsed.file,
        line: p.rule.line,
        text: p.rule.text.trim(),
        reason: `line ${later.rule.line} ('${later.rule.pattern}') matches every path it matches, and comes later`,
      });
      // Its comments go with the next rule.
      const next = group[i + 1];
      if (next) next.before = [...p.before, ...next.before];
      return false;
    });
    const placed = place(live, gitlab ? (key === '' ? 'before' : 'after') : 'both', keptLine);
    inBlock.set(key, placed.block);
    byHand.set(key, placed.after);
    if (placed.before.length > 0) byHandBefore.push(...placed.before);
  }

  const rules: RuleDraft[] = [];
  const usedSections: string[] = [];
  for (const [key, group] of inBlock) {
    if (key !== '' && group.length > 0) usedSections.push(key);
    for (const p of group) {
      const comments = p.before
        .filter((l) => l.kind === 'comment')
        .map((l) => (l as { comment: string }).comment);
      if (p.rule.comment) comments.push(p.rule.comment);
      const note = comments.join('\n').trim();
      const section = key === '' ? undefined : sections.get(key)?.name;
      rules.push({
        pattern: p.rule.pattern,
        owners: p.roles as string[],
        ...(section ? { section } : {}),
        ...(note ? { note } : {}),
      });
    }
  }
  // The generator writes rules outside sections first, then section by section in model order.
  const draft: RepositoryDraft = {
    name: repository,
    ...(usedSections.length > 0
      ? {
          sections: usedSections.map((key) => {
            const s = sections.get(key) as SectionLine;
            return {
              name: s.name,
              ...(s.optional ? { optional: true } : {}),
              ...(s.approvals !== undefined && s.approvals > 1 && !s.optional
                ? { approvals: s.approvals }
                : {}),
            };
          }),
        }
      : {}),
    rules,
  };

  const text = (p: Placed) => [...p.before.map((l) => l.text), p.rule.text];
  const top = head.map((l) => l.text);
  top.push(...byHandBefore.flatMap(text));
  const bottom: string[] = [];
  for (const [key, hand] of byHand) {
    if (hand.length === 0) continue;
    // Each line under the heading it sat under (its default owners apply to it).
    let heading: number | undefined;
    for (const p of hand) {
      if (key !== '' && p.rule.heading && p.rule.heading.line !== heading) {
        heading = p.rule.heading.line;
        bottom.push(p.rule.heading.text);
      }
      bottom.push(...text(p));
    }
  }
  bottom.push(...tail.map((l) => l.text));
  const skeleton = [...top, BEGIN_MARKER, END_MARKER, ...bottom].join(parsed.eol) + parsed.eol;
  return { repository: draft, skeleton, kept, dropped };
}
