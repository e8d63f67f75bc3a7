/**
 * Replaces every occurrence of each secret (at least 4 characters long) with `[REDACTED]`, longest
 * first, so that a token inside a longer secret (a base64 `email:token` pair) cannot survive in part.
 * The one redaction rule for everything rolekit prints: GitHub tokens and Jira credentials alike.
 */
export function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of [...secrets].sort((a, b) => b.length - a.length)) {
    if (secret.length < 4) continue;
    out = out.split(secret).join('[REDACTED]');
  }
  return out;
}
