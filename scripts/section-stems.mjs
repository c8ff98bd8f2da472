// Whether a posting has a requirements / responsibilities section, judged independently of the
// parser's heading table: a short line (a heading, a bold line, a `Label:` line or a bare line)
// holding a word stem that names such a section. Shared by scripts/intl-sections.mjs and
// scripts/corpus-report.mjs, so both count "postings that have such a section" alike.
import { readdirSync } from "node:fs";
import { join } from "node:path";

// Stems of requirements / responsibilities headings, by language (lower case, accents kept).
export const STEMS = {
  requirements: /requisit|requerim|qualifica|cualifica|perfil|profil|anforderung|voraussetzung|mitbring|compétence|competênc|competenc|conhecimento|conocimiento|habilidad|buscamos|procuramos|suchen wir|wir suchen|wen wir|du bist|recherch|savoir|excluyente|obrigatóri|exigenc|kenntnisse/i,
  responsibilities: /responsab|atividade|actividade|atribuiç|funções|funciones|aufgabe|tätigkeit|mission|tâche|tarea|desafio|desafío|erwartet dich|du willst|le poste|sobre el puesto|descrição da vaga|descripción del puesto|harás|vai fazer|au quotidien/i,
};
// A short line that can be a heading: markdown heading, bold line, `Label:` line or short bare line.
const HEADING_LINE_RE = /^\s{0,3}(?:#{1,6}\s*|\*\*|__|<strong>|<h\d>)?(.{2,70}?)(?:\*\*|__|<\/strong>|<\/h\d>)?\s*:?\s*$/;

// Words that make a requirements-like heading a nice-to-have one ("Compétences souhaitées",
// "Lo que buscamos" over "(Habilidades deseables)").
const NICE_RE = /souhait|desejáv|deseabl|wünschenswert|diferencia|opcional|von vorteil|atout|nice to have/i;
// A markdown heading line.
const MARKDOWN_HEADING_RE = /^\s{0,3}#{1,6}\s/;

/**
 * A line that heads a section of the kind `re` names, with text of its own under it: a heading
 * followed at once by a deeper heading ("## Sobre el puesto" over "### Detalles") is a wrapper, and
 * a requirements heading qualified as desirable (in itself or by a parenthesis under it) is nice-to-have.
 */
export function hasSection(text, re) {
  const lines = text.split("\n");
  return lines.some((line, i) => {
    if (line.length > 80 || /^\s*[-*+–•]\s/.test(line)) return false;
    const m = HEADING_LINE_RE.exec(line);
    // A heading's text: a few words, no inner colon (a `key: value` line), no sentence end.
    if (m === null || !re.test(m[1]) || /[:.;,]\s*\S|[.;,]$/.test(m[1].trim()) || m[1].trim().split(/\s+/).length > 8) return false;
    const next = lines.slice(i + 1).find((l) => l.trim()) ?? "";
    if (MARKDOWN_HEADING_RE.test(next) || !next) return false;
    return !(re === STEMS.requirements && (NICE_RE.test(m[1]) || (/^\s*\(/.test(next) && NICE_RE.test(next))));
  });
}

/** Every file under `dir`, recursively. */
export function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

/** The posting files of a folder: markdown, text and HTML. */
export function postingFiles(dir) {
  return walk(dir).filter((f) => /\.(md|txt|html?)$/.test(f));
}
