// Jira has no labels on permission grants, so rolekit records the grants it added in the scheme's
// own description, on one line that rolekit writes and reads back:
//
//   rolekit-managed:v1 group:leadership=000000010 projectRole:QA%20Engineers=0a2c41b18
//
// One entry per holder (type, then the URI-encoded name), then `=` and the holder's permissions as a
// 36-bit mask over MARKER_KEYS_V1 in nine hex digits; a key outside that list (an app permission)
// follows as `+KEY`. Writing the grants out in full would cost about 20 characters per grant, a few
// kilobytes for a large scheme; the mask keeps the line to about 40 characters per holder.
import { compareHolders, type Grant, type Holder, type HolderType, holderLabel, sortGrants } from './view.js';

export const MARKER_PREFIX = 'rolekit-managed:v1';

/**
 * Bit positions of the v1 marker: Jira Cloud's 36 built-in project permission keys, frozen. New keys
 * may only ever be appended (in a v2 list); reordering would change what old markers mean.
 */
export const MARKER_KEYS_V1: readonly string[] = Object.freeze([
  'ADD_COMMENTS',
  'ADMINISTER_PROJECTS',
  'ASSIGNABLE_USER',
  'ASSIGN_ISSUES',
  'BROWSE_PROJECTS',
  'CLOSE_ISSUES',
  'CREATE_ATTACHMENTS',
  'CREATE_ISSUES',
  'DELETE_ALL_ATTACHMENTS',
  'DELETE_ALL_COMMENTS',
  'DELETE_ALL_WORKLOGS',
  'DELETE_ISSUES',
  'DELETE_OWN_ATTACHMENTS',
  'DELETE_OWN_COMMENTS',
  'DELETE_OWN_WORKLOGS',
  'EDIT_ALL_COMMENTS',
  'EDIT_ALL_WORKLOGS',
  'EDIT_ISSUES',
  'EDIT_ISSUE_LAYOUT',
  'EDIT_OWN_COMMENTS',
  'EDIT_OWN_WORKLOGS',
  'EDIT_WORKFLOW',
  'LINK_ISSUES',
  'MANAGE_SPRINTS_PERMISSION',
  'MANAGE_WATCHERS',
  'MODIFY_REPORTER',
  'MOVE_ISSUES',
  'RESOLVE_ISSUES',
  'SCHEDULE_ISSUES',
  'SERVICEDESK_AGENT',
  'SET_ISSUE_SECURITY',
  'TRANSITION_ISSUES',
  'VIEW_DEV_TOOLS',
  'VIEW_READONLY_WORKFLOW',
  'VIEW_VOTERS_AND_WATCHERS',
  'WORK_ON_ISSUES',
]);

const bitOf = new Map(MARKER_KEYS_V1.map((k, i) => [k, BigInt(i)]));
const HEX_DIGITS = Math.ceil(MARKER_KEYS_V1.length / 4);

/** The marker line for a set of managed grants; deterministic for the same set. */
export function formatMarker(grants: Iterable<Grant>): string {
  const byHolder = new Map<string, { holder: Holder; mask: bigint; extra: string[] }>();
  for (const g of sortGrants(grants)) {
    const label = holderLabel(g.holder);
    const entry = byHolder.get(label) ?? { holder: g.holder, mask: 0n, extra: [] };
    const bit = bitOf.get(g.permission);
    if (bit === undefined) entry.extra.push(g.permission);
    else entry.mask |= 1n << bit;
    byHolder.set(label, entry);
  }
  const entries = [...byHolder.values()]
    .sort((a, b) => compareHolders(a.holder, b.holder))
    .map(({ holder, mask, extra }) => {
      const hex = mask.toString(16).padStart(HEX_DIGITS, '0');
      return `${holder.type}:${encodeURIComponent(holder.name)}=${hex}${extra.map((k) => `+${encodeURIComponent(k)}`).join('')}`;
    });
  return [MARKER_PREFIX, ...entries].join(' ');
}

/**
 * The grants a description's marker line records, or undefined when it has none. Entries that do not
 * parse are skipped: a grant rolekit cannot prove it added is treated as someone else's and kept.
 * rolekit writes its line last, so the last one counts: a line pasted above it (validate refuses
 * one in the model, RK080, but a person can type one in Jira) never stands in for the real record.
 */
export function parseMarker(description: string | undefined): Grant[] | undefined {
  const line = description
    ?.split(/\r?\n/)
    .map((l) => l.trim())
    .findLast((l) => l === MARKER_PREFIX || l.startsWith(`${MARKER_PREFIX} `));
  if (line === undefined) return undefined;
  const grants: Grant[] = [];
  for (const entry of line.slice(MARKER_PREFIX.length).trim().split(/\s+/)) {
    const m = /^(projectRole|group):([^=]+)=([0-9a-f]+)((?:\+[^+]+)*)$/.exec(entry);
    if (!m) continue;
    let name: string;
    let extra: string[];
    try {
      name = decodeURIComponent(m[2]!);
      extra = m[4] ? m[4].slice(1).split('+').map(decodeURIComponent) : [];
    } catch {
      continue;
    }
    const holder: Holder = { type: m[1] as HolderType, name };
    const mask = BigInt(`0x${m[3]}`);
    MARKER_KEYS_V1.forEach((permission, i) => {
      if ((mask >> BigInt(i)) & 1n) grants.push({ permission, holder });
    });
    for (const permission of extra) grants.push({ permission, holder });
  }
  return sortGrants(grants);
}

/** The sentence above the marker line, so a person reading the scheme in Jira knows where it comes from. */
export function managedNote(schemeId: string): string {
  return (
    `Managed by rolekit from the role model (scheme '${schemeId}' in jira.yaml): change the model and run ` +
    `'rolekit jira apply'. The rolekit-managed line lists the grants rolekit added; leave it as it is.`
  );
}

/** The full description rolekit gives a scheme: the model's description, the note, the marker line. */
export function schemeDescription(
  scheme: { id: string; description?: string },
  managed: Iterable<Grant>,
): string {
  const parts = [managedNote(scheme.id), formatMarker(managed)];
  const base = scheme.description?.trim();
  return base ? `${base}\n\n${parts.join('\n')}` : parts.join('\n');
}

/** Jira may re-encode line ends or trim; compare descriptions modulo that. */
export function sameDescription(a: string | undefined, b: string | undefined): boolean {
  const norm = (s: string | undefined) => (s ?? '').replace(/\r\n?/g, '\n').trim();
  return norm(a) === norm(b);
}
