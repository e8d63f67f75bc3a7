// Text from the model ends up inside artifacts whose lines mean something to a machine: CODEOWNERS
// (a line is a rule, `# BEGIN rolekit` … `# END rolekit` fence rolekit's block), a Jira scheme
// description (its `rolekit-managed:v1` line records the grants rolekit added), an onboarding issue
// (hidden `<!-- rolekit:onboarding person=… -->` and `<!-- task:… -->` comments, one task per line).
// A value that spells one of those markers, or breaks a line where a generator writes one, would let
// anyone who edits the model forge them: drop hand-written CODEOWNERS lines, add owners, make `jira
// apply` delete a hand-made grant, or make `onboarding publish` overwrite someone else's issue. Such
// text is refused here, at its place in the file, before any generator runs.
import { at, type Diagnostic } from './diagnostics.js';
import type { YamlFile } from './yaml-file.js';

/** Characters that are never text: C0 controls but tab and line feed, DEL, C1, and the Unicode line and paragraph separators. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/;

/** Lines a generator reads back as its own marker (compared after the `# ` a CODEOWNERS comment adds). */
const MARKERS: ReadonlyArray<{ pattern: RegExp; what: string }> = [
  {
    pattern: /^[#\s]*(?:BEGIN|END)\s+rolekit\s*$/im,
    what: "the CODEOWNERS block's '# BEGIN rolekit' or '# END rolekit' line",
  },
  { pattern: /^\s*rolekit-managed\b/im, what: "the 'rolekit-managed' line of a Jira scheme description" },
  {
    pattern: /<!--\s*(?:rolekit|task)\s*:/i,
    what: 'an onboarding issue marker (<!-- rolekit:… --> or <!-- task:… -->)',
  },
];

/**
 * What every rule above needs to find in a text: a control character, the word rolekit (in any case:
 * /i without the u flag folds only ASCII letters onto these) or an HTML comment's start. Text without
 * any of them, and without a line break where one line is expected, is never reported (but for the
 * two files with rules of their own: see FILE_RULES), so most values need no closer look.
 */
const SUSPECT = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]|[Rr][Oo][Ll][Ee][Kk][Ii][Tt]|<!--/;

/**
 * SUSPECT, or a backslash, anywhere in a file's text. What a parse makes of the text cannot match
 * SUSPECT unless the text does: a value or key holds the characters written, but for escapes (which
 * start with a backslash) and for line folding, which only puts a space or a line break where a line
 * ended and so never joins the letters of 'rolekit' or '<!--'. One search of the text costs far less
 * than a search of each of its strings.
 */
const SUSPECT_SOURCE =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\\]|[Rr][Oo][Ll][Ee][Kk][Ii][Tt]|<!--/;

/** Whether text (a key, or a value under a one-line key if oneLine) could be reported at all. */
function mayMatter(text: string, oneLine: boolean): boolean {
  return SUSPECT.test(text) || (oneLine && text.includes('\n'));
}

/**
 * Keys whose value is one line wherever it is written: a heading, a name in a list, a CODEOWNERS
 * section header, a task line, an issue title. A line break there starts a new line of the artifact.
 */
const ONE_LINE_KEYS = new Set(['name', 'title', 'section', 'url', 'projectRole', 'group', 'team', 'labels']);

/** Files with rules of their own (GitLab section names, onboarding labels): always walked in full. */
const FILE_RULES = new Set(['codeowners.yaml', 'onboarding.yaml']);

const codePoint = (ch: string) => `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/** The key a value sits under, skipping list indices: labels/2 is under `labels`. */
function keyOf(path: ReadonlyArray<string | number>): string | undefined {
  for (let i = path.length - 1; i >= 0; i--) {
    const segment = path[i];
    if (typeof segment === 'string') return segment;
  }
  return undefined;
}

/**
 * Where the two files with rules of their own keep the values those rules are about, `*` standing
 * for any key or index: GitLab section names (a header is `[name]`, then `[approvals]` and default
 * owners, so brackets in a name change it) and onboarding labels (a comma splits one in two).
 * Both the rules (which value is which) and the walk of a plain file (fileRulesOnly) read this.
 */
const RULE_PATHS = {
  section: {
    file: 'codeowners.yaml',
    paths: [
      ['*', '*', 'sections', '*', 'name'],
      ['*', '*', 'rules', '*', 'section'],
    ],
  },
  label: { file: 'onboarding.yaml', paths: [['labels', '*']] },
} as const;

function isRuleValue(
  rule: keyof typeof RULE_PATHS,
  file: YamlFile,
  path: ReadonlyArray<string | number>,
): boolean {
  const { file: name, paths } = RULE_PATHS[rule];
  return (
    file.path === name &&
    paths.some((p) => p.length === path.length && p.every((s, i) => s === '*' || s === path[i]))
  );
}

const isGitLabSectionName = (file: YamlFile, path: ReadonlyArray<string | number>) =>
  isRuleValue('section', file, path);

function problemsOf(
  file: YamlFile,
  text: string,
  path: ReadonlyArray<string | number>,
  part: 'key' | 'value',
  out: Diagnostic[],
): void {
  const sectionName = part === 'value' && isGitLabSectionName(file, path);
  if (part === 'value' && text.includes(',') && isOnboardingLabel(file, path)) {
    out.push({
      code: 'RK084',
      severity: 'error',
      message: `the onboarding label '${text}' holds a comma; GitHub's issue list reads it as ${text.split(',').length} labels, so publish would never find its issue again and open a new one on every run`,
      hint: 'name the label without a comma',
      ...at(file.lazyLocate([...path], part)),
    });
    return;
  }
  const oneLine = part === 'value' && ONE_LINE_KEYS.has(keyOf(path) ?? '');
  if (!mayMatter(text, oneLine) && !(sectionName && /[[\]]/.test(text))) return;
  const where = () => at(file.lazyLocate([...path], part));
  const control = CONTROL.exec(text);
  if (control) {
    out.push({
      code: 'RK081',
      severity: 'error',
      message: `a control character (${codePoint(control[0])}) in ${part === 'key' ? 'a key' : 'text'}; it could hide or rewrite what a generated file or the terminal shows`,
      hint: 'remove it; write line breaks as real line breaks in a block scalar (|), where the field allows them',
      ...where(),
    });
    return;
  }
  for (const marker of MARKERS) {
    if (marker.pattern.test(text)) {
      out.push({
        code: 'RK080',
        severity: 'error',
        message: `this text would forge ${marker.what}, which rolekit reads back to decide what it manages`,
        hint: 'reword it: rolekit writes its markers itself and never accepts them from the model',
        ...where(),
      });
      return;
    }
  }
  if (oneLine && text.includes('\n')) {
    out.push({
      code: 'RK082',
      severity: 'error',
      message: `'${keyOf(path)}' is written on one line (a heading, a CODEOWNERS section, a task, an issue title); a line break here would start a line of its own`,
      hint: 'write it on one line (a folded >- block or a plain value)',
      ...where(),
    });
    return;
  }
  if (sectionName && /[[\]]/.test(text)) {
    out.push({
      code: 'RK083',
      severity: 'error',
      message: `a GitLab section name cannot hold '[' or ']': GitLab would read the rest of '[${text}]' as approvals or default owners`,
      hint: 'rename the section without brackets',
      ...where(),
    });
  }
}

/** GitHub's issue list reads `labels=a,b` as two labels: publish could never find an issue labelled `a,b` again. */
const isOnboardingLabel = (file: YamlFile, path: ReadonlyArray<string | number>) =>
  isRuleValue('label', file, path);

/** What scanText found: nothing to look at, something to look at, or nesting deeper than asked. */
export type TextScan = 'plain' | 'look' | 'deep';

/**
 * One walk over a parsed value that the loader makes anyway (for its depth limit) also tells
 * whether any text in it needs the closer look of checkText, which keeps the key path of every
 * value and so costs several times more; nearly every file needs none. Depth counts as
 * yaml-file.ts counts it: the root is 0, and a value (scalars too) deeper than maxDepth is 'deep'.
 * Given the text the value was parsed from, strings are searched only where the text shows they
 * could matter (see SUSPECT_SOURCE).
 */
export function scanText(value: unknown, maxDepth: number, source?: string): TextScan {
  if (source !== undefined && !SUSPECT_SOURCE.test(source)) return scanLines(value, maxDepth);
  let look = false;
  const walk = (v: unknown, depth: number, oneLine: boolean): boolean => {
    if (depth > maxDepth) return true;
    if (typeof v === 'string') {
      if (!look && mayMatter(v, oneLine)) look = true;
    } else if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) if (walk(v[i], depth + 1, oneLine)) return true;
    } else if (v !== null && typeof v === 'object') {
      const record = v as Record<string, unknown>;
      for (const key in record) {
        if (!look && mayMatter(key, false)) look = true;
        if (walk(record[key], depth + 1, ONE_LINE_KEYS.has(key))) return true;
      }
    }
    return false;
  };
  if (walk(value, 0, false)) return 'deep';
  return look ? 'look' : 'plain';
}

/**
 * scanText for a value whose text SUSPECT_SOURCE does not match: only a line break under a one-line
 * key could be reported, so strings are searched for that alone, and keys only looked up.
 */
function scanLines(value: unknown, maxDepth: number): TextScan {
  let look = false;
  const walk = (v: unknown, depth: number, oneLine: boolean): boolean => {
    if (depth > maxDepth) return true;
    if (typeof v === 'string') {
      if (oneLine && !look && v.includes('\n')) look = true;
    } else if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) if (walk(v[i], depth + 1, oneLine)) return true;
    } else if (v !== null && typeof v === 'object') {
      const record = v as Record<string, unknown>;
      for (const key in record) if (walk(record[key], depth + 1, ONE_LINE_KEYS.has(key))) return true;
    }
    return false;
  };
  if (walk(value, 0, false)) return 'deep';
  return look ? 'look' : 'plain';
}

/**
 * The rules of codeowners.yaml and onboarding.yaml alone, for a file whose text holds nothing else
 * they could report (plain): only the values at RULE_PATHS are read, where a walk kept the path of
 * every string (a large codeowners.yaml holds about 100,000).
 */
function fileRulesOnly(file: YamlFile, out: Diagnostic[]): void {
  const visit = (value: unknown, pattern: ReadonlyArray<string>, path: Array<string | number>): void => {
    if (pattern.length === path.length) {
      if (typeof value === 'string') problemsOf(file, value, path, 'value', out);
      return;
    }
    const step = pattern[path.length] as string;
    if (Array.isArray(value)) {
      if (step === '*') for (let i = 0; i < value.length; i++) visit(value[i], pattern, [...path, i]);
    } else if (value !== null && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      if (step !== '*') {
        if (Object.hasOwn(record, step)) visit(record[step], pattern, [...path, step]);
      } else for (const key in record) visit(record[key], pattern, [...path, key]);
    }
  };
  for (const { file: name, paths } of Object.values(RULE_PATHS))
    if (file.path === name) for (const pattern of paths) visit(file.value, pattern, []);
}

/**
 * Every string (key or value) of every file that could forge a marker or break a one-line field.
 * A file whose parse found its text plain (YamlFile.plainText) is not walked again.
 */
export function checkText(files: ReadonlyMap<string, YamlFile>): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const file of files.values()) {
    const plain = file.plainText ?? scanText(file.value, Infinity) === 'plain';
    if (plain && FILE_RULES.has(file.path)) fileRulesOnly(file, out);
    if (plain) continue;
    const path: Array<string | number> = [];
    const walk = (value: unknown): void => {
      if (typeof value === 'string') {
        problemsOf(file, value, path, 'value', out);
      } else if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) {
          path.push(i);
          walk(value[i]);
          path.pop();
        }
      } else if (value !== null && typeof value === 'object') {
        const record = value as Record<string, unknown>;
        for (const key in record) {
          path.push(key);
          problemsOf(file, key, path, 'key', out);
          walk(record[key]);
          path.pop();
        }
      }
    };
    walk(file.value);
  }
  return out;
}
