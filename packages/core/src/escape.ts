// Model text reaches the terminal and CI logs through diagnostics, file names and values. A byte
// like ESC can repaint the terminal, a CR overwrite a line, a bidi override reorder what is shown,
// and a newline start a forged line (`::error::...` is a command to GitHub Actions). Escapes are
// written as JSON writes them (\n, \u001b), so JSON output stays valid JSON.

/** C0 and C1 controls, DEL, bidi controls, and the Unicode line and paragraph separators. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/** The same, less newline and tab: what may not appear even in multi-line output. */
const CONTROL_IN_TEXT =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
const escapeOne = (c: string) => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** A value printed on one line: every control character, newlines included, made visible. */
export function escapeControl(value: string): string {
  return value.replace(CONTROL, escapeOne);
}

/**
 * Everything the CLI prints, last: control characters are made visible, except newlines, tabs and
 * (on a terminal) the colour and cursor sequences rolekit itself writes; a line that would start
 * with `::` (a GitHub Actions command) is prefixed with a backslash.
 */
export function terminalSafe(text: string, terminal: boolean): string {
  const parts = terminal ? text.split(/(\u001b\[(?:[0-9;]*[mABGK]|\?(?:25|7)[lh]))/) : [text];
  const safe = parts
    .map((part, i) => (i % 2 === 1 ? part : part.replace(CONTROL_IN_TEXT, escapeOne)))
    .join('');
  return safe.replace(/(^|\n)([ \t]*)::/g, '$1$2\\::');
}
