// Text placed inside a RegExp source as itself (a site's name, a perk word such as "401(k)", a
// pay phrase): every character with a meaning in a pattern is escaped.
const PATTERN_SPECIAL_RE = /[.*+?^${}()|[\]\\]/g;

/** `text` escaped to match itself inside a pattern. */
export function escapePattern(text: string): string {
  return text.replace(PATTERN_SPECIAL_RE, "\\$&");
}
