/** What the catalogue says about one diagnostic code; docs/diagnostics.md is written from it. */
export interface CodeInfo {
  /** A few words, as the catalogue's table heads the row. */
  title: string;
  /** How the code is reported; a warning's title is marked "(warning)" in the catalogue. */
  severity: 'error' | 'warning';
  /** What makes rolekit report it (Markdown). */
  cause: string;
  /** How to fix it (Markdown). */
  fix: string;
}

/** A section of the catalogue: a heading, an optional paragraph, and its codes in the order shown. */
export interface CodeSection<C extends string = string> {
  heading: string;
  /** Lines of Markdown printed under the heading, wrapped as they are written here. */
  intro?: readonly string[];
  codes: Readonly<Record<C, CodeInfo>>;
}

/** Keeps each code's literal key, so that the union of every section's keys is the type of a code. */
export function section<const C extends `RK${number}`>(s: CodeSection<C>): CodeSection<C> {
  return s;
}
