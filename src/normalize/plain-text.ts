// Posting text and file names are untrusted: a terminal obeys escape sequences (retitle, clear,
// hidden OSC 8 links), BiDi overrides reorder what a reader sees, and a newline in a file name
// starts a line of its own on stderr (a forged `::error::` for a CI log). Two helpers, shared by
// every producer and every printer: field values lose such characters in the pipeline
// (stripUnsafe), and everything printed for a person shows what is left as an escape (visible).
// Both test one precompiled regex first, so clean text — nearly all of it — costs one scan.

// C0 controls but tab and line feed, DEL, C1 controls, and BiDi embeddings, overrides and
// isolates (U+202A–U+202E, U+2066–U+2069): nothing a plain-text field value should hold.
const UNSAFE_IN_VALUE_RE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const UNSAFE_IN_VALUE_ALL_RE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

// What a terminal or a log reader could take as something other than one line of text: every
// C0 control (tab and newline too), DEL, C1, BiDi controls, and the Unicode line and paragraph
// separators some viewers break lines at.
const NOT_VISIBLE_RE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/;
const NOT_VISIBLE_ALL_RE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

/** A field value without control or BiDi override/isolate characters (tab and newline kept). */
export function stripUnsafe(text: string): string {
  return UNSAFE_IN_VALUE_RE.test(text) ? text.replace(UNSAFE_IN_VALUE_ALL_RE, "") : text;
}

/** True when `text` holds a character stripUnsafe removes. */
export function hasUnsafe(text: string): boolean {
  return UNSAFE_IN_VALUE_RE.test(text);
}

function escapeOf(c: string): string {
  const code = c.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
}

/**
 * `text` as one line a person can read safely: controls, BiDi controls and line separators
 * written as `\x1b`, `\u202e`, `\x0a`. A backslash is left as it is: this is for display, not
 * a reversible encoding (JSON outputs stay faithful JSON instead).
 */
export function visible(text: string): string {
  return NOT_VISIBLE_RE.test(text) ? text.replace(NOT_VISIBLE_ALL_RE, escapeOf) : text;
}

/** Like visible, but a tab stays a tab (a source line shown with its indentation). */
export function visibleKeepTabs(text: string): string {
  return NOT_VISIBLE_RE.test(text) ? text.replace(NOT_VISIBLE_ALL_RE, (c) => (c === "\t" ? c : escapeOf(c))) : text;
}
