import { describe, expect, it } from 'vitest';
import {
  findManagedSection,
  ManagedSectionError,
  managedSectionProblem,
  mergeManagedSection,
} from './markers.js';

const section = '# BEGIN rolekit\n* @acme/leads\n# END rolekit\n';
const next = '# BEGIN rolekit\n* @acme/leads\n/docs/ @acme/writers\n# END rolekit\n';

describe('mergeManagedSection', () => {
  it('is the section alone for a new or empty file', () => {
    expect(mergeManagedSection(undefined, section)).toBe(section);
    expect(mergeManagedSection('', section)).toBe(section);
  });

  it('appends after a blank line to a file without markers, keeping every byte before it', () => {
    const existing = '# Hand-written\n/legacy/ @someone  \n';
    const merged = mergeManagedSection(existing, section);
    expect(merged).toBe(`${existing}\n${section}`);
    expect(mergeManagedSection('/a @b', section)).toBe(`/a @b\n\n${section}`);
    expect(mergeManagedSection('/a @b\n\n', section)).toBe(`/a @b\n\n${section}`);
  });

  it('replaces only what lies between the markers, wherever they are', () => {
    const before = '# Owners\n\t/legacy/   @someone\r\n\n';
    const after = '\n# Exceptions after the block win\n/src/vendored/ @vendor-team\n';
    const merged = mergeManagedSection(before + section + after, next);
    expect(merged).toBe(before + next + after);
    expect(merged.startsWith(before)).toBe(true);
    expect(merged.endsWith(after)).toBe(true);
  });

  it('is idempotent', () => {
    const once = mergeManagedSection('/a @b\n', next);
    expect(mergeManagedSection(once, next)).toBe(once);
  });

  it('keeps CRLF files in CRLF and a missing final newline missing', () => {
    const crlf = '/a @b\r\n';
    const merged = mergeManagedSection(crlf, section);
    expect(merged).toBe('/a @b\r\n\r\n# BEGIN rolekit\r\n* @acme/leads\r\n# END rolekit\r\n');
    expect(mergeManagedSection(merged, section)).toBe(merged);

    const noFinalNewline = '/a @b\n# BEGIN rolekit\nold\n# END rolekit';
    expect(mergeManagedSection(noFinalNewline, section)).toBe(
      '/a @b\n# BEGIN rolekit\n* @acme/leads\n# END rolekit',
    );
  });

  it('accepts trailing white space on marker lines', () => {
    const existing = 'x @y\n# BEGIN rolekit  \nold\n# END rolekit\t\nz @w\n';
    expect(mergeManagedSection(existing, section)).toBe(`x @y\n${section}z @w\n`);
  });

  it('refuses malformed markers instead of guessing where the block ends', () => {
    const cases: Array<[string, RegExp]> = [
      ['a @b\n# BEGIN rolekit\nc @d\n', /^line 2: '# BEGIN rolekit' without '# END rolekit'/],
      ['# END rolekit\n', /^line 1: '# END rolekit' without/],
      ['# END rolekit\n# BEGIN rolekit\n', /^line 1: '# END rolekit' comes before/],
      [`${section}${section}`, /^line 4: a second '# BEGIN rolekit'/],
    ];
    for (const [text, message] of cases) {
      expect(managedSectionProblem(text)).toMatch(message);
      expect(() => mergeManagedSection(text, section)).toThrow(ManagedSectionError);
    }
    expect(managedSectionProblem(undefined)).toBeUndefined();
    expect(managedSectionProblem('a @b\n')).toBeUndefined();
  });

  it('reports where the section is', () => {
    expect(findManagedSection(`a @b\n${section}`)).toEqual({
      kind: 'present',
      start: 5,
      end: 5 + section.length,
      beginLine: 2,
      endLine: 4,
    });
    expect(findManagedSection('a @b\n')).toEqual({ kind: 'absent' });
  });
});
