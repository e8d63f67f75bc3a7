import type { Model } from '@rolekit/model';
import { type LetterInfo, lettersOf } from './view.js';

// `rolekit raci explain ACTIVITY`: who holds each letter of one activity, why, and who holds
// those roles today. Pure; the CLI prints the text.

export interface Holder {
  /** Undefined for a party that is not a role (an activity's `others`). */
  readonly roleId?: string;
  readonly title: string;
  /** The cell's note in activities.yaml. */
  readonly note?: string;
  readonly people: readonly { readonly id: string; readonly name: string }[];
}

export interface ActivityExplanation {
  readonly activity: { readonly id: string; readonly title: string; readonly description?: string };
  readonly group: {
    readonly id: string;
    readonly title: string;
    readonly kind?: string;
    readonly description?: string;
    readonly sources: readonly string[];
  };
  /** The variant's letters that someone holds, in the variant's order. */
  readonly letters: readonly { readonly letter: LetterInfo; readonly holders: readonly Holder[] }[];
  /** Where the activity is written, e.g. activities.yaml:120. */
  readonly at: string;
}

/** What the model says about one activity, or undefined when there is no activity with that id. */
export function explainActivity(model: Model, id: string): ActivityExplanation | undefined {
  const activity = model.activity(id);
  if (!activity) return undefined;
  const group = model.activityGroups.find((g) => g.id === activity.group)!;
  const letters = lettersOf(model.organisation.raci.variant, model.organisation.raci.letters)
    .map((letter) => {
      const holders: Holder[] = activity.assignments
        .filter((a) => a.letter === letter.letter)
        .map((a) => ({
          roleId: a.role,
          title: model.role(a.role)?.title ?? a.role,
          ...(a.note ? { note: a.note } : {}),
          people: model.peopleInRole(a.role).map((p) => ({ id: p.id, name: p.name })),
        }));
      for (const name of activity.others[letter.letter] ?? []) holders.push({ title: name, people: [] });
      return { letter, holders };
    })
    .filter((l) => l.holders.length > 0);
  return {
    activity: {
      id: activity.id,
      title: activity.title,
      ...(activity.description ? { description: activity.description } : {}),
    },
    group: {
      id: group.id,
      title: group.title,
      ...(group.kind ? { kind: group.kind } : {}),
      ...(group.description ? { description: group.description } : {}),
      sources: group.sources.map(
        (s) => `${s.document}${s.section ? `, ${s.section}` : ''}${s.note ? ` (${s.note})` : ''}`,
      ),
    },
    letters,
    at: `${activity.at.file}${activity.at.line ? `:${activity.at.line}` : ''}`,
  };
}

/** Words of `text` in lines of at most `width` characters, each line after the first indented. */
function fill(first: string, text: string, indent: string, width = 100): string[] {
  const lines: string[] = [];
  let line = first;
  let empty = true;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (!empty && line.length + 1 + word.length > width) {
      lines.push(line);
      line = `${indent}${word}`;
    } else line = empty ? `${line}${word}` : `${line} ${word}`;
    empty = false;
  }
  lines.push(line);
  return lines;
}

/** The explanation as terminal text, one letter after another; long texts wrap at 100 columns. */
export function formatExplanation(e: ActivityExplanation): string {
  const out: string[] = [];
  out.push(`${e.activity.title} (${e.activity.id}, ${e.at})`);
  if (e.activity.description) out.push(...fill('  ', e.activity.description, '  '));
  out.push(`  group:   ${e.group.title}${e.group.kind ? ` (${e.group.kind})` : ''}`);
  if (e.group.description) out.push(...fill('           ', e.group.description, '           '));
  for (const s of e.group.sources) out.push(...fill('  source:  ', s, '           '));
  for (const { letter, holders } of e.letters) {
    out.push('');
    out.push(`${letter.letter}  ${letter.name}: ${letter.meaning}`);
    for (const h of holders) {
      out.push(`   ${h.title}${h.roleId ? ` (${h.roleId})` : ' (not a role)'}`);
      if (h.note) out.push(...fill('     why:    ', h.note, '             '));
      if (h.roleId)
        out.push(
          `     people: ${h.people.length > 0 ? h.people.map((p) => `${p.name} (${p.id})`).join(', ') : 'nobody holds this role in people.yaml'}`,
        );
    }
  }
  return `${out.join('\n')}\n`;
}
