// JSON that is safe wherever it lands: inside a <script> element, in a .js file loaded by one, or
// read by a JavaScript engine older than ES2019 (where U+2028 and U+2029 end a string literal).
// Every `<`, `>` and `&` is written as a \u escape, so model text such as `</script>` or `<!--`
// can never close or comment out the script it sits in; the parsed value is unchanged.

const UNSAFE = /[<>&\u2028\u2029]/g;
const escapeOne = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** JSON.stringify, then the characters above as \u escapes (only ever inside strings). */
export function safeJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(UNSAFE, escapeOne);
}
