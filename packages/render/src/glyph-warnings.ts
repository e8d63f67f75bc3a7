import type { Diagnostic, SourceLocation } from '@rolekit/model';
import { undrawable } from './text-runs.js';

/** What a PDF prints of one model entity: which it is, where it was written, its fields. */
export interface PrintedEntity {
  /** How a reader names it: "role 'qa-engineer'", "person 'wang-fang'". */
  subject: string;
  at?: SourceLocation;
  /** The entity's fields as printed (strings anywhere inside are checked). */
  fields: unknown;
}

const hex = (char: string) =>
  `U+${(char.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * RK170 for every character that no font of a PDF can draw, naming the entity and the field, so
 * that a name never turns into an empty box unnoticed. One warning per field, listing its
 * characters.
 */
export function glyphWarnings(entities: Iterable<PrintedEntity>, document: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const entity of entities) {
    const visit = (value: unknown, field: string, pointer: string) => {
      if (typeof value === 'string') {
        const missing = undrawable(value);
        if (missing.length === 0) return;
        out.push({
          code: 'RK170',
          severity: 'warning',
          message: `${entity.subject}, field ${field}: no font can draw ${missing.map((c) => `'${c}' (${hex(c)})`).join(', ')}; ${document} show${document.endsWith('s') ? '' : 's'} an empty box there`,
          hint: 'write the text in a script rolekit’s fonts cover (docs/fonts.md), or leave the character out',
          ...(entity.at
            ? {
                file: entity.at.file,
                line: entity.at.line,
                column: entity.at.column,
                pointer: `${entity.at.pointer}${pointer}`,
              }
            : {}),
        });
      } else if (Array.isArray(value)) {
        value.forEach((item, i) => visit(item, `${field}[${i}]`, `${pointer}/${i}`));
      } else if (value !== null && typeof value === 'object') {
        for (const [key, item] of Object.entries(value)) {
          // A source location is not printed; a nested entity's own location is not this field's.
          if (key === 'at') continue;
          visit(item, field ? `${field}.${key}` : key, `${pointer}/${key}`);
        }
      }
    };
    visit(entity.fields, '', '');
  }
  return out;
}
