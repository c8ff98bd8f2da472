// Pre-parse repair of markdown as people type it in issue forms and chat boxes, in any
// language: `###Requisitos` (no space after the hashes), runs of `-vale refeição` / `*item`
// bullets with no space, and lines holding only a tab. Each is read as its author meant: the
// space is put back, so the parser sees a heading or a list. Only characters inside a line
// change, never the line count, so every line number stays true to the file. Fenced code is
// left alone.

import { WordPattern } from "../normalize/latin1-classes.js";

/** One repaired text, and how many lines changed (0: the text is returned as it was). */
export interface Repaired {
  text: string;
  changed: number;
}

// A code fence opening or closing (indented up to three spaces).
const FENCE_RE = /^ {0,3}(?:`{3,}|~{3,})/;
// Two to six hashes glued to a letter: a heading missing its space ("###Requisitos").
const GLUED_HEADING_RE = new WordPattern(String.raw`^(#{2,6})(?=\p{L})`, "u");
// One hash glued to a letter, on a line of two words or more with no other hash: "#Vaga Backend"
// is a heading; "#hiring" alone or "#remote #react" are hashtags.
const GLUED_H1_RE = new WordPattern(String.raw`^#(?=\p{L}[^#]*\s\S)(?![^#]*#)`, "u");
// A dash or star glued to a letter or digit ("-vale refeição", "*Kotlin"); not "**bold**", "--",
// nor a star that closes later on the line ("*Remote only*" is emphasis).
const GLUED_BULLET_RE = new WordPattern(String.raw`^(-|\*(?![^*]*\*))(?=[\p{L}\p{N}])`, "u");
// A bullet as markdown reads it: a marker, then a space.
const BULLET_RE = /^\s{0,3}[-*+]\s+\S/;
// A bold marker left open at a line's start before a bullet, the closing half of a bold label that
// a copy split across a blank line ("**Ce dont vous aurez besoin:" / "" / "** - Être …"): the item is
// the bullet, the marker belongs to the label.
const STRAY_BOLD_BULLET_RE = /^\*\*\s+(?=[-*+]\s+\S)(?!.*\*\*)/;
// A line of nothing but spaces and tabs.
const WHITESPACE_ONLY_RE = /^[ \t]+$/;
// Cheap pre-test: a line that could need one of the repairs above.
const MAY_NEED_RE = new WordPattern(String.raw`^(?:#|[-*][\p{L}\p{N}]|[ \t]+$|\*\*\s+[-*+]\s)`, "mu");

export function repairBrokenMarkdown(text: string): Repaired {
  if (!MAY_NEED_RE.test(text)) return { text, changed: 0 };
  const lines = text.split("\n");
  // Each pattern in the form that reads the whole text reads each of its lines (latin1-classes.ts):
  // chosen once, not once per line and pattern.
  const gluedBullet = GLUED_BULLET_RE.for(text);
  const gluedHeading = GLUED_HEADING_RE.for(text);
  const gluedH1 = GLUED_H1_RE.for(text);
  const glued = lines.map((l) => gluedBullet.test(l));
  let inFence = false;
  let changed = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (FENCE_RE.test(line)) inFence = !inFence;
    if (inFence) continue;
    let fixed = line;
    if (WHITESPACE_ONLY_RE.test(line)) fixed = "";
    else if (gluedHeading.test(line)) fixed = line.replace(gluedHeading, "$1 ");
    else if (gluedH1.test(line)) fixed = `# ${line.slice(1)}`;
    else if (STRAY_BOLD_BULLET_RE.test(line)) fixed = line.replace(STRAY_BOLD_BULLET_RE, "");
    // A glued bullet counts only in a run: next to another glued bullet or a real one
    // (a lone "*Note" or "-ish" line is prose).
    else if (glued[i] && (glued[i - 1] || glued[i + 1] || BULLET_RE.test(lines[i - 1] ?? "") || BULLET_RE.test(lines[i + 1] ?? ""))) {
      fixed = line.replace(gluedBullet, "$1 ");
    }
    if (fixed !== line) {
      lines[i] = fixed;
      changed++;
    }
  }
  return changed ? { text: lines.join("\n"), changed } : { text, changed: 0 };
}
