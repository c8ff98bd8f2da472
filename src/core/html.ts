// HTML → mdast: the parse stage for `.html`/`.htm` pages and for HTML blocks inside markdown
// (SPEC §1 "Input formats"). hast-util-from-html (parse5, the parser rehype-parse wraps) reads
// the HTML as a browser would, hast-util-to-mdast turns it into the same mdast the markdown path
// builds, so core/document.ts and every extractor read a page the way they read markdown.
// What a reader of the rendered page does not read as the posting is dropped first: scripts,
// styles, forms, hidden parts, the site's navigation, banner, footer and cookie notices; a page
// with a <main>, [role=main] or <article> is read from there. A page's JobPosting JSON-LD is kept
// for core/json-ld.ts, its <title> as the page title.
import type { Root as HastRoot, Element, ElementContent, RootContent as HastContent } from "hast";
import type { Root, RootContent, Nodes, PhrasingContent, Paragraph, List, Strong, Emphasis, Code } from "mdast";
import { fromHtml } from "hast-util-from-html";
import { toMdast } from "hast-util-to-mdast";
import { cutWarning, lineTree } from "./line-tree.js";
import { decodeEntities, organizationNameOf } from "./json-ld.js";
import { classifyHeading } from "../normalize/section-names.js";
import { ANY_ROLE_NOUN_RE } from "../normalize/role-words.js";

/**
 * Characters of a page given to the HTML parser after scripts, styles and comments are cut out;
 * the rest is read as text, line by line (core/line-tree.ts), as markdown.ts does past its own
 * cap. Parsing and converting cost ~10 s a MB of dense markup on a busy machine, and grow
 * faster than the page (hast-util-to-mdast splices long child lists); a careers page holds
 * well under 200 KB of markup once its scripts are gone.
 */
export const MAX_HTML_CHARS = 512 * 1024;
/**
 * Characters past MAX_HTML_CHARS read as text; a page longer still is not read further (a
 * 20 MB page of dense markup took 40 s and 950 MB whole). 16 times the longest careers page.
 */
export const MAX_HTML_TEXT_CHARS = 4 * 1024 * 1024;
/** Characters of one JSON-LD script read (a JobPosting with its description is a few KB). */
export const MAX_JSON_LD_CHARS = 512 * 1024;

// A text that is an HTML document by its first tag: a doctype or <html>, after any blanks,
// byte-order mark or comments (a saved page opens with `<!-- saved from url=… -->`).
const HTML_DOCUMENT_RE = /^(?:\s|\ufeff|<!--[\s\S]{0,2000}?-->)*<(?:!doctype\s+html|html[\s>])/i;
// A file name whose extension says HTML.
const HTML_FILE_RE = /\.x?html?$/i;
// An element start tag in a markdown html node ("<ul>", "<b>", "<br/>"), not a comment or `<3`.
const ELEMENT_TAG_RE = /<[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>/i;
// Elements whose content a reader never sees as posting text (a <button> is an "Apply" control;
// struck-out text, <del>/<s>/<strike>, is withdrawn: "<del>Ability to work remotely</del>").
// A <fieldset> groups a form's controls (a search box's "Job Type" check boxes), whatever form holds it.
const DROPPED_TAGS = new Set(["del", "s", "strike", "script", "style", "noscript", "template", "nav", "svg", "math", "iframe", "object", "embed", "canvas", "form", "fieldset", "input", "select", "textarea", "button", "dialog", "head"]);
// Controls a <label> may hold: the label's text is then the control's caption, gone with it.
const CONTROL_TAGS = new Set(["input", "select", "textarea", "button"]);
// Landmark roles of site chrome, not of the posting.
// ARIA menus (`role="menubar"`) are a site's menus, whatever element holds them.
const DROPPED_ROLES = new Set(["navigation", "banner", "contentinfo", "search", "dialog", "alertdialog", "tablist", "menu", "menubar"]);
// Ancestors that make a <header>/<footer> part of their content rather than the site's banner
// or footer (HTML-AAM maps header/footer to banner/contentinfo only outside these).
const SECTIONING_TAGS = new Set(["article", "aside", "main", "nav", "section"]);
// An id or class of a cookie or consent notice ("cookie-banner", "onetrust-consent-sdk"), or of a
// breadcrumb trail ("Home › Careers › Data Engineer": the site's path to the page, not its text).
const COOKIE_NOTICE_RE = /cookie|consent|gdpr|onetrust|breadcrumb/i;
// An id or class token naming the site's footer: "footer", "site-footer", "footer-nav", "page_footer".
const FOOTER_NAME_RE = /(?:^|\s)(?:[a-z]+[-_])?footer(?:[-_][a-z]+)?(?=\s|$)/i;
// Elements that wrap the whole page, whatever classes a theme puts on them ("ehf-footer" on <body>).
const PAGE_WRAPPER_TAGS = new Set(["html", "body", "main"]);
// An inline style that hides the element.
const HIDDEN_STYLE_RE = /display\s*:\s*none|visibility\s*:\s*hidden/i;
// The script type of JSON-LD.
const JSON_LD_TYPE_RE = /^application\/ld\+json$/i;
// One token of the pre-parse scan: a comment opening, or a start or end tag with its name and
// attributes (bounded, so an unclosed `<` costs at most that much look-ahead).
const TAG_TOKEN_RE = /<!--|<(\/?)([a-zA-Z][a-zA-Z0-9:-]{0,40})([^<>]{0,4000})>/g;
// The end of a script or style element, searched from its start tag.
const SCRIPT_END_RE = /<\/script\s*>/gi;
const STYLE_END_RE = /<\/style\s*>/gi;
// The type attribute of a script tag.
const SCRIPT_TYPE_RE = /\btype\s*=\s*["']?([^"'\s>]+)/i;
// A start tag closed by itself (`<br/>`).
const SELF_CLOSING_RE = /\/\s*$/;
/** Elements that never hold content, or whose end tag the parser supplies: no nesting depth. */
const FLAT_TAGS = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup", "rb", "rt", "rp", "html", "head", "body"]);
/**
 * Elements nested deeper than this are unwrapped (their tags dropped, their text kept): the
 * parser checks the open-element stack at each tag and the converters recurse, so 200,000 nested
 * <div>s took 7 s and overflowed the stack. Real pages nest a few dozen deep.
 */
export const MAX_HTML_DEPTH = 256;

// A tag that starts a new line of text when the page past MAX_HTML_CHARS is read as text; its
// name says whether the line is a heading or an item.
const LINE_TAG_RE = /<\/?(p|div|br|li|h[1-6]|tr|section|article|blockquote|pre|dd|dt|table|ul|ol)\b[^<>]{0,4000}>/gi;
// Any other tag, dropped from that text.
const ANY_TAG_RE = /<[^<>]{0,4000}>/g;

/** HTML as markdown-like lines: `## ` headings, `- ` items, one line per block; tags dropped. */
function htmlAsLines(html: string): string {
  return decodeEntities(
    html
      .replace(LINE_TAG_RE, (tag, name: string) => {
        const n = name.toLowerCase();
        if (tag[1] === "/") return "\n";
        if (n === "li") return "\n- ";
        return n[0] === "h" && n.length === 2 ? `\n${"#".repeat(Number(n[1]))} ` : "\n";
      })
      .replace(ANY_TAG_RE, ""),
  );
}

export function isHtmlFileName(file: string | undefined): boolean {
  return !!file && HTML_FILE_RE.test(file);
}

/** The text is clearly a whole HTML document (a doctype or <html> first). */
export function looksLikeHtmlDocument(text: string): boolean {
  return HTML_DOCUMENT_RE.test(text.slice(0, 4096));
}

export interface HtmlPage {
  /** The posting as mdast, positions numbered on `text`. */
  tree: Root;
  /** The page as the lines it renders to, one block a line (what line numbers refer to). */
  text: string;
  /** Bodies of the page's JSON-LD scripts (parsed by core/json-ld.ts). */
  jsonLd: string[];
  /** The page's <title>, whitespace collapsed. */
  pageTitle: string | null;
  /** The page's og:title, else its twitter:title: the page's name for sharing, often the posting's title with the site's. */
  socialTitle: string | null;
  /** The page's og:site_name, else its application-name. */
  siteName: string | null;
  /** The site's owner as the page's JSON-LD Organization or its logo's alt text names it, or null. */
  ownerName: string | null;
  /** The holder its copyright notice names ("© 2013 Tikal"), or null. */
  copyright: string | null;
  /** The <title> when it is only the site's name (loneTitleName), or null. */
  titleName: string | null;
  /** The page has an <h1> of its own (then the <title> gives way to it). */
  hasH1: boolean;
  /** The job's place in the page's <meta> tags (`job:location`, `geo.placename`, `og:locality`…), or null. */
  metaLocation: string | null;
  warnings: string[];
}

/**
 * The HTML the parser gets: script and style bodies (JSON-LD kept aside) and comments cut out —
 * most of a big page's bytes and none of its text — and tags past MAX_HTML_DEPTH dropped. One
 * linear scan; what is cut keeps its line breaks, so positions still point at the source.
 */
function prepareHtml(html: string, jsonLd: string[]): { html: string; deep: boolean } {
  const out: string[] = [];
  let from = 0;
  let depth = 0;
  let dropped = 0;
  let deep = false;
  const cut = (start: number, end: number) => {
    out.push(html.slice(from, start), "\n".repeat(countNewlines(html, start, end)));
    from = end;
    TAG_TOKEN_RE.lastIndex = end;
  };
  TAG_TOKEN_RE.lastIndex = 0;
  for (let m = TAG_TOKEN_RE.exec(html); m; m = TAG_TOKEN_RE.exec(html)) {
    const start = m.index;
    if (m[0] === "<!--") {
      const close = html.indexOf("-->", start + 4);
      cut(start, close < 0 ? html.length : close + 3);
      continue;
    }
    const closing = m[1] === "/";
    const name = m[2].toLowerCase();
    if (!closing && (name === "script" || name === "style")) {
      const endRe = name === "script" ? SCRIPT_END_RE : STYLE_END_RE;
      endRe.lastIndex = start + m[0].length;
      const end = endRe.exec(html);
      const bodyEnd = end ? end.index : html.length;
      if (name === "script" && JSON_LD_TYPE_RE.test(SCRIPT_TYPE_RE.exec(m[3])?.[1] ?? "")) jsonLd.push(html.slice(start + m[0].length, Math.min(bodyEnd, start + m[0].length + MAX_JSON_LD_CHARS)));
      cut(start, end ? end.index + end[0].length : html.length);
      continue;
    }
    if (FLAT_TAGS.has(name) || (!closing && SELF_CLOSING_RE.test(m[3]))) continue;
    if (!closing && ++depth > MAX_HTML_DEPTH) {
      dropped++;
      deep = true;
      cut(start, start + m[0].length);
    } else if (closing && dropped > 0 && depth > MAX_HTML_DEPTH) {
      dropped--;
      depth--;
      cut(start, start + m[0].length);
    } else if (closing) depth = Math.max(0, depth - 1);
  }
  out.push(html.slice(from));
  return { html: out.join(""), deep };
}

function countNewlines(s: string, from: number, to: number): number {
  let n = 0;
  // Bounded by `to`: an indexOf past it would scan the whole rest of a page at every cut.
  for (let i = from; i < to; i++) if (s.charCodeAt(i) === 10) n++;
  return n;
}

function propertyText(value: unknown): string {
  return Array.isArray(value) ? value.join(" ") : value == null ? "" : String(value);
}

// A link to a site's home page: "/", "./", "index.html", "#", "https://acme.com/".
const HOME_HREF_RE = /^(?:\/|\.\/|(?:\.\/)?index\.html?|#|https?:\/\/[^/?#]+\/?)$/i;

/** A heading that is only a link home (`<h1><a href="/">Acme</a></h1>`): the site's logo, not the posting's heading. */
function isLogoHeading(el: Element): boolean {
  if (!HEADING_TAGS.has(el.tagName)) return false;
  const kids = el.children.filter((c) => c.type !== "comment" && (c.type !== "text" || c.value.trim()));
  const only = kids.length === 1 ? kids[0] : undefined;
  return only?.type === "element" && only.tagName === "a" && HOME_HREF_RE.test(propertyText(only.properties?.href).trim());
}

/**
 * A page-level <header> that holds the page's own <h1> (not a logo) and no navigation: the page's
 * title block ("Head of DevOps" over "San Francisco"), not the site's banner.
 */
function isPageHeader(el: Element): boolean {
  if (el.tagName !== "header") return false;
  let titled = false;
  for (const inner of elements(el)) {
    if (inner.tagName === "nav" || propertyText(inner.properties?.role).toLowerCase() === "navigation") return false;
    if (inner.tagName === "h1" && !isLogoHeading(inner)) titled = true;
  }
  return titled;
}

/** Share of the page's text a <form> holds at least to be the page's wrapper rather than a form on it. */
const MIN_WRAPPER_FORM_SHARE = 0.5;

/**
 * A <form> around most of the page's text: ASP.NET Web Forms and similar frameworks wrap the
 * whole page, posting included, in one form; its controls are still dropped, its text is read.
 */
function isWrapperForm(el: Element, pageTextLength: () => number): boolean {
  return el.tagName === "form" && textLength(el) >= MIN_WRAPPER_FORM_SHARE * pageTextLength();
}

/**
 * Not posting text: see the file's header. `inSection` is true below article/aside/main/nav/section;
 * `panels` are accordion panels, read though hidden.
 */
/** The ids of the page's form controls, in one pass (a <label for> names one of them, or is text). */
function controlIdsOf(root: HastRoot | Element): Set<string> {
  const ids = new Set<string>();
  for (const el of elements(root)) if (CONTROL_TAGS.has(el.tagName) && el.properties?.id !== undefined) ids.add(propertyText(el.properties.id));
  return ids;
}

function isChrome(el: Element, inSection: boolean, pageTextLength: () => number, panels: ReadonlySet<Element>, controlIds: () => ReadonlySet<string>): boolean {
  if ((DROPPED_TAGS.has(el.tagName) && !isWrapperForm(el, pageTextLength)) || isLogoHeading(el)) return true;
  const p = el.properties ?? {};
  if (!panels.has(el) && isHidden(el)) return true;
  if (DROPPED_ROLES.has(propertyText(p.role).toLowerCase())) return true;
  // A <label for> of no control on the page is a caption of the page's own text (an ATS's "Position Description").
  if (el.tagName === "label" && ((p.htmlFor !== undefined && controlIds().has(propertyText(p.htmlFor))) || el.children.some((c) => c.type === "element" && CONTROL_TAGS.has(c.tagName)))) return true;
  if ((el.tagName === "header" || el.tagName === "footer" || el.tagName === "aside") && !inSection && !isPageHeader(el)) return true;
  // A page older than <footer> names its footer by id or class ("footer", "site-footer", "footer-nav").
  if (!inSection && !PAGE_WRAPPER_TAGS.has(el.tagName) && (FOOTER_NAME_RE.test(propertyText(p.id)) || FOOTER_NAME_RE.test(propertyText(p.className)))) return true;
  if (COOKIE_NOTICE_RE.test(propertyText(p.id)) || COOKIE_NOTICE_RE.test(propertyText(p.className))) return true;
  return false;
}

/** Drops chrome from `parent`'s subtree in place. Depth-first with its own stack (deep nesting). */
function prune(root: HastRoot | Element, panels: ReadonlySet<Element> = new Set()): void {
  let pageText: number | undefined;
  const pageTextLength = () => (pageText ??= textLength(root));
  let ids: Set<string> | undefined;
  const controlIds = () => (ids ??= controlIdsOf(root));
  const stack: { node: HastRoot | Element; inSection: boolean }[] = [{ node: root, inSection: false }];
  while (stack.length) {
    const { node, inSection } = stack.pop()!;
    const kept: (HastContent | ElementContent)[] = [];
    for (const child of node.children) {
      if (child.type === "comment" || child.type === "doctype") continue;
      if (child.type === "element") {
        if (isChrome(child, inSection, pageTextLength, panels, controlIds)) continue;
        stack.push({ node: child, inSection: inSection || SECTIONING_TAGS.has(child.tagName) });
      }
      kept.push(child);
    }
    node.children = kept as typeof node.children;
  }
}

// Headings, and elements a browser lays out as blocks of their own.
const HEADING_TAGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);
const BLOCK_TAGS = new Set(["p", "div", "ul", "ol", "li", "dl", "section", "article", "aside", "table", "blockquote", "pre", "figure", "address", "header", "footer", ...HEADING_TAGS]);

/**
 * Blocks inside a heading (`<h4><div>Acme</div><div>Berlin</div></h4>`, or an unclosed `<h2>`
 * that swallowed the paragraphs after it) moved out after it: hast-util-to-mdast would run their
 * text into the heading's. The heading keeps the text before its first block; with none, it goes.
 */
function hoistHeadingBlocks(root: HastRoot | Element): void {
  const stack: (HastRoot | Element)[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    const out: (HastContent | ElementContent)[] = [];
    for (const child of node.children) {
      // A heading written inside a list (`<ul><h4>Requirements</h4><li>…`) labels the items
      // after it: the list is split around it, or the converter makes it part of an item.
      if (child.type === "element" && (child.tagName === "ul" || child.tagName === "ol") && child.children.some((c) => c.type === "element" && HEADING_TAGS.has(c.tagName))) {
        let items: ElementContent[] = [];
        const flushList = () => {
          if (items.some((c) => c.type === "element")) {
            const list: Element = { ...child, children: items };
            out.push(list);
            stack.push(list);
          }
          items = [];
        };
        for (const c of child.children) {
          if (c.type === "element" && HEADING_TAGS.has(c.tagName)) {
            flushList();
            out.push(c);
          } else items.push(c);
        }
        flushList();
        continue;
      }
      if (child.type === "element" && HEADING_TAGS.has(child.tagName)) {
        const at = child.children.findIndex((c) => c.type === "element" && BLOCK_TAGS.has(c.tagName));
        if (at >= 0) {
          const rest = child.children.slice(at);
          child.children = child.children.slice(0, at);
          if (child.children.some((c) => c.type !== "text" || c.value.trim())) out.push(child);
          const wrapper: Element = { type: "element", tagName: "div", properties: {}, children: rest };
          out.push(wrapper);
          stack.push(wrapper);
          continue;
        }
      }
      out.push(child);
      if (child.type === "element") stack.push(child);
    }
    node.children = out as typeof node.children;
  }
}

// A template tag left in a site generator's source page (`{{ page.title }}`, `{% if x %}`).
const TEMPLATE_TAG_RE = /\{\{[^{}]{0,200}\}\}|\{%[^{}]{0,200}%\}/g;

/** Template tags dropped from the page's text: they are the generator's, not the reader's. */
function dropTemplateTags(root: HastRoot | Element): void {
  const stack: (HastRoot | Element)[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    for (const child of node.children) {
      if (child.type === "text" && child.value.includes("{")) child.value = child.value.replace(TEMPLATE_TAG_RE, "");
      else if (child.type === "element") stack.push(child);
    }
  }
}

/** Characters and words of a block's text at most for it to be read as a section's label. */
const MAX_LABEL_CHARS = 80;
const MAX_LABEL_WORDS = 7;
// A sentence's end or clause punctuation: "You have worked five years with Go." is an item, not a label.
const SENTENCE_PUNCT_RE = /[.!;,]/;
// A trailing colon or arrow after a label's words ("Responsibilities:", "Benefits ›").
const LABEL_TAIL_RE = /[\s:：›»▸▾▼+−-]+$/u;

/** The element's text is a short name of a section of a posting or page ("What you'll do", "About us"), not a sentence. */
function namesSectionLabel(el: Element): boolean {
  const text = textOf(el).replace(LABEL_TAIL_RE, "");
  if (!text || text.length > MAX_LABEL_CHARS || text.split(" ").length > MAX_LABEL_WORDS || SENTENCE_PUNCT_RE.test(text)) return false;
  const meaning = classifyHeading(text);
  // A section's name inside a longer phrase ("What would make a perfect fit") counts where the
  // site's class styles the block as a heading; elsewhere a short line merely mentioning one does not.
  return meaning !== null && (!meaning.contains || HEADING_CLASS_RE.test(propertyText(el.properties?.className)));
}

// A class token that styles its element as a heading: "subtitle", "section-title", "pc-rtg-h2", "heading".
const HEADING_CLASS_RE = /(?:^|[\s_-])(?:h[1-6]|(?:sub)?title|heading|headline)(?:$|[\s_-])/i;

/** `el` becomes a paragraph holding its content in bold: the label line a reader sees. */
function asLabelLine(el: Element): void {
  el.tagName = "p";
  el.properties = {};
  el.children = [{ type: "element", tagName: "strong", properties: {}, children: el.children }];
}

// Elements that may carry a section's name with nothing else, styled as its heading by the site's CSS.
const LABEL_BLOCK_TAGS = new Set(["div", "p", "span", "summary", "button"]);

/**
 * What a reader takes for a section's heading though it is no <h1>–<h6>: an element whose role
 * says so (`role="heading" aria-level="3"`) becomes that heading; a block or an accordion's toggle
 * (`<button>`, `<summary>`) holding only a section's name ("Responsibilities", "What we offer")
 * becomes a bold label line, which the section readers take for a heading — the toggle is no
 * longer a control to drop. Runs before prune.
 */
function labelSectionBlocks(root: HastRoot): void {
  const items = elementsInItems(root);
  const lone = loneChildren(root);
  for (const el of elements(root)) {
    const p = el.properties ?? {};
    if (propertyText(p.role).toLowerCase() === "heading" && !HEADING_TAGS.has(el.tagName)) {
      const level = Math.min(6, Math.max(1, Number(propertyText(p.ariaLevel)) || 2));
      el.tagName = `h${level}`;
      delete p.role;
      continue;
    }
    // Within an item, text is the item's; a <button> is a label only as an accordion's toggle (an "Apply" button is a control).
    if (!LABEL_BLOCK_TAGS.has(el.tagName) || items.has(el) || el.children.some((c) => c.type === "element" && (BLOCK_TAGS.has(c.tagName) || c.tagName === "a"))) continue;
    if (el.tagName === "button" && el.properties?.ariaControls === undefined && el.properties?.ariaExpanded === undefined) continue;
    if (el.tagName === "span" && !lone.has(el)) continue;
    if (namesSectionLabel(el)) asLabelLine(el);
  }
}

/** The elements inside a list item, in one pass (a search below each item went over nested lists again and again). */
function elementsInItems(root: HastRoot): Set<Element> {
  const inside = new Set<Element>();
  const stack: { node: HastContent | ElementContent; inItem: boolean }[] = root.children.map((node) => ({ node, inItem: false }));
  while (stack.length) {
    const { node, inItem } = stack.pop()!;
    if (node.type !== "element") continue;
    if (inItem) inside.add(node);
    for (const child of node.children) stack.push({ node: child, inItem: inItem || node.tagName === "li" });
  }
  return inside;
}

/**
 * The elements that are their parent's only content (a <span> that is a block's whole text), in one
 * pass over the page: asked of each span by a search for its parent, a page of 20,000 spans took
 * two minutes.
 */
function loneChildren(root: HastRoot): Set<Element> {
  const lone = new Set<Element>();
  for (const parent of [root, ...elements(root)]) {
    let only: Element | null = null;
    let others = false;
    for (const c of parent.children) {
      if (c.type === "comment" || (c.type === "text" && !c.value.trim())) continue;
      if (c.type === "element" && only === null) only = c;
      else others = true;
    }
    if (only && !others) lone.add(only);
  }
  return lone;
}

/** The element is hidden from view by an attribute or its inline style (a collapsed panel, or chrome). */
function isHidden(el: Element): boolean {
  const p = el.properties ?? {};
  return (p.hidden !== undefined && p.hidden !== false && p.hidden !== null) || propertyText(p.ariaHidden) === "true" || HIDDEN_STYLE_RE.test(propertyText(p.style));
}

/**
 * The panels of accordions whose toggle names a section of the posting ("Requirements"): the
 * element an aria-controls of the toggle points at, or a hidden block right after the toggle
 * (`<div class="acc-head">Requirements</div><div class="acc-body" aria-hidden="true">`). A
 * collapsed panel is hidden until clicked, yet it is posting text a reader opens and reads.
 */
function accordionPanels(root: HastRoot): Set<Element> {
  const ids = new Set<string>();
  const panels = new Set<Element>();
  for (const el of elements(root)) {
    const controls = propertyText(el.properties?.ariaControls).trim();
    if (controls && namesSectionLabel(el)) for (const id of controls.split(/\s+/)) ids.add(id.replace(ID_HASH_RE, ""));
    const kids = el.children.filter((c): c is Element => c.type === "element");
    kids.forEach((kid, i) => {
      if (i > 0 && isHidden(kid) && !isHidden(kids[i - 1]) && namesSectionLabel(kids[i - 1])) panels.add(kid);
    });
  }
  for (const el of elements(root)) if (ids.has(propertyText(el.properties?.id))) panels.add(el);
  return panels;
}

// A leading `#` some pages put in an id reference (`aria-labelledby="#x-tab"` for `id="x-tab"`).
const ID_HASH_RE = /^#/;

/**
 * Tabs (ARIA role=tab / tabpanel): the tab strip is dropped and each panel opens with its tab's
 * text as a heading, as a reader sees the label above the panel's content ("Responsibilities").
 */
function labelTabPanels(root: HastRoot): void {
  const byId = new Map<string, Element>();
  const tabOfPanel = new Map<string, Element>();
  const panels: Element[] = [];
  for (const el of elements(root)) {
    const p = el.properties ?? {};
    const role = propertyText(p.role);
    if (p.id) byId.set(propertyText(p.id).replace(ID_HASH_RE, ""), el);
    if (role === "tab" && p.ariaControls) tabOfPanel.set(propertyText(p.ariaControls).replace(ID_HASH_RE, ""), el);
    if (role === "tabpanel") panels.push(el);
  }
  for (const panel of panels) {
    const p = panel.properties ?? {};
    const labelledBy = propertyText(p.ariaLabelledBy).replace(ID_HASH_RE, "");
    const tab = (labelledBy && byId.get(labelledBy)) || tabOfPanel.get(propertyText(p.id).replace(ID_HASH_RE, ""));
    const label = tab && tab !== panel ? textOf(tab) : "";
    if (label) panel.children.unshift({ type: "element", tagName: "h3", properties: {}, children: [{ type: "text", value: label }] });
  }
}

/** Every element of the subtree in document order (iterative). */
function* elements(root: HastRoot | Element): Generator<Element> {
  const stack: (HastContent | ElementContent)[] = [...root.children].reverse();
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type !== "element") continue;
    yield node;
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
}

function textLength(root: Element | HastRoot): number {
  let n = 0;
  const stack = [...root.children] as ElementContent[];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === "text") n += node.value.trim().length;
    else if (node.type === "element") stack.push(...node.children);
  }
  return n;
}

function textOf(el: Element): string {
  let out = "";
  const stack: ElementContent[] = [...el.children].reverse();
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === "text") out += node.value;
    else if (node.type === "element") for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
  return out.replace(/\s+/g, " ").trim();
}

// Inline tags a page sets its facts in, one per fact ("<span>Full Time</span><span>Berlin</span>").
const FACT_TAGS = new Set(["span", "time", "small"]);
// Blocks whose children may be such a row of facts.
const FACT_ROW_TAGS = new Set(["div", "p", "h2", "h3", "h4", "h5", "h6", "li"]);
/** Characters of one fact, and of a whole row, at most: a row of facts is short. */
const MAX_FACT_CHARS = 60;
const MAX_FACT_ROW_CHARS = 120;
// A fact ends as a label ("Location:") or a sentence does: such a run of spans is prose.
const FACT_END_RE = /[:.,;]$/;
const WORD_CHAR_RE = /[\p{L}\p{N}]/u;

/**
 * A block of short sibling spans and nothing else — a page's row of facts under its title
 * (`<span>Remote</span><span>Sofia</span>`, `<span>Full Time</span> <span>Melbourne</span>`) —
 * keeps its facts apart with " · ", as a line of facts is written in text; run together they read
 * "RemoteSofia" or "Full Time Melbourne". Text runs an editor split into spans mid-sentence
 * ("<span>5+ years of </span><span>Python</span>") are left alone.
 */
function separateFactRows(root: HastRoot | Element): void {
  for (const el of elements(root)) {
    if (!FACT_ROW_TAGS.has(el.tagName) || el.children.length < 2) continue;
    const facts = el.children.filter((c): c is Element => c.type === "element");
    if (facts.length < 2) continue;
    if (el.children.some((c) => (c.type === "text" && c.value.trim()) || (c.type === "element" && !FACT_TAGS.has(c.tagName)))) continue;
    const texts = facts.map(textOf);
    const raw = facts.map((f) => f.children.map((c) => (c.type === "text" ? c.value : "")).join(""));
    // A span of its own punctuation is the row's separator already ("$140,000" "—" "$170,000 USD").
    if (texts.some((t, i) => !t || !WORD_CHAR_RE.test(t) || t.length > MAX_FACT_CHARS || FACT_END_RE.test(t) || /^\s|\s$/.test(raw[i]))) continue;
    if (texts.join(" ").length > MAX_FACT_ROW_CHARS) continue;
    const out: ElementContent[] = [];
    facts.forEach((f, i) => {
      if (i) out.push({ type: "text", value: " · " });
      out.push(f);
    });
    el.children = out;
  }
}

/** Characters of a fact table's key cell at most ("Type of job"); a longer first cell is content. */
const MAX_FACT_KEY_CHARS = 40;

/** The rows of a table, through its <thead>/<tbody>/<tfoot>. */
function tableRows(table: Element): Element[] {
  const rows: Element[] = [];
  for (const child of table.children) {
    if (child.type !== "element") continue;
    if (child.tagName === "tr") rows.push(child);
    else if (child.tagName === "thead" || child.tagName === "tbody" || child.tagName === "tfoot") for (const r of child.children) if (r.type === "element" && r.tagName === "tr") rows.push(r);
  }
  return rows;
}

/**
 * A table of facts — rows of two cells, a short key and its value ("Location | Riga, Latvia",
 * "Salary | from 2000 up to 3000 EUR") — as the `Key: value` lines a posting's fields are read
 * from, as a definition list is; a table of anything else stays a table.
 */
function factTablesAsFields(root: HastRoot | Element): void {
  const tables = [...elements(root)].filter((el) => el.tagName === "table");
  for (const table of tables) {
    const rows = tableRows(table);
    if (rows.length < 2) continue;
    const pairs = rows.map((row) => row.children.filter((c): c is Element => c.type === "element" && (c.tagName === "td" || c.tagName === "th")).map(textOf));
    if (!pairs.every((cells) => cells.length === 2 && cells[0] && cells[0].length <= MAX_FACT_KEY_CHARS && !/\d{2}/.test(cells[0]) && cells[1].length <= MAX_DEFINITION_CHARS)) continue;
    const lines: ElementContent[] = pairs.map(([key, value]) => ({
      type: "element",
      tagName: "p",
      properties: {},
      children: [{ type: "text", value: `${TERM_COLON_RE.test(key) ? key : `${key}:`} ${value}` }],
    }));
    table.tagName = "div";
    table.properties = {};
    table.children = lines;
  }
}

// What makes a table cell part of a page's layout rather than a datum: a paragraph, a list, a heading, another table.
const LAYOUT_CELL_BLOCK_TAGS = new Set(["p", "div", "ul", "ol", "dl", "table", "blockquote", "pre", "section", "article", "form", ...HEADING_TAGS]);

const isCell = (c: ElementContent): c is Element => c.type === "element" && (c.tagName === "td" || c.tagName === "th");

/** The cell holds a block. The search stops at the first one (a nested table is never entered), so each node is searched by its nearest cell only. */
function holdsBlock(cell: Element): boolean {
  const stack: ElementContent[] = [...cell.children];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type !== "element") continue;
    if (LAYOUT_CELL_BLOCK_TAGS.has(node.tagName)) return true;
    for (const child of node.children) stack.push(child);
  }
  return false;
}

/**
 * Tables that lay a page out (old ATS pages put the whole posting in a cell: paragraphs, lists,
 * other tables) become the blocks they hold: read as a data table, every cell was one line and
 * the posting's sections one run of text. A table whose cells hold only text and inline markup
 * stays a table. Runs after factTablesAsFields, which reads a key/value table as fields first.
 */
function unwrapLayoutTables(root: HastRoot | Element): void {
  for (const table of elements(root)) {
    if (table.tagName !== "table") continue;
    const rows = tableRows(table);
    if (!rows.some((row) => row.children.some((c) => isCell(c) && holdsBlock(c)))) continue;
    for (const row of rows) {
      for (const cell of row.children) if (isCell(cell)) cell.tagName = "div";
      row.tagName = "div";
    }
    for (const group of table.children) if (group.type === "element" && (group.tagName === "thead" || group.tagName === "tbody" || group.tagName === "tfoot")) group.tagName = "div";
    table.tagName = "div";
  }
}

/** Share of the posting part's text a title block above it holds at most (a banner's facts and apply link, not a sidebar). */
const MAX_TITLE_BLOCK_SHARE = 0.2;

/**
 * What is kept above the posting's part with its <h1>: the largest block around the heading that
 * is not an ancestor of the part and stays short — the page's title block with the job's place and
 * apply link ("Head of DevOps" / "San Francisco" / "Apply") — else the heading alone.
 */
function titleBlockOf(page: HastRoot, h1: Element, part: Element): Element {
  const parents = new Map<Element, Element | null>();
  const stack: { el: Element; parent: Element | null }[] = page.children.filter((c): c is Element => c.type === "element").map((el) => ({ el, parent: null }));
  while (stack.length) {
    const { el, parent } = stack.pop()!;
    parents.set(el, parent);
    if (el === h1) break;
    for (const c of el.children) if (c.type === "element") stack.push({ el: c, parent: el });
  }
  const limit = MAX_TITLE_BLOCK_SHARE * textLength(part);
  let block = h1;
  for (let up = parents.get(h1); up; up = parents.get(up)) {
    if (up === part || new Set(elements(up)).has(part) || textLength(up) > limit) break;
    block = up;
  }
  return block;
}

// What a posting's own sections are headed by (a list kind of the heading table).
const POSTING_SECTION_KINDS: ReadonlySet<string> = new Set(["requirements", "niceToHave", "responsibilities", "benefits"]);

/** The heading names a section of a posting ("Responsibilities", "Qualifications"). */
function namesPostingSection(heading: Element): boolean {
  const kind = classifyHeading(textOf(heading))?.kind;
  return kind !== undefined && POSTING_SECTION_KINDS.has(kind);
}

/** The element's first heading names a section of a posting. */
function opensWithPostingSection(el: Element): boolean {
  for (const inner of elements(el)) if (HEADING_TAGS.has(inner.tagName)) return namesPostingSection(inner);
  return false;
}

/** `article` shares its parent with an <article> that is a section of the posting (not a teaser or card). */
function hasSiblingSectionArticle(page: HastRoot, article: Element): boolean {
  for (const parent of [page, ...elements(page)]) {
    if (!parent.children.includes(article)) continue;
    return parent.children.some((c) => c !== article && c.type === "element" && c.tagName === "article" && opensWithPostingSection(c));
  }
  return false;
}

/**
 * The blocks outside the posting's part that open with a section of a posting ("Requirements",
 * "What we offer"), split into those before the part and those after it: a page built of
 * <section>s may put only the description in its <main> or <article> and the lists beside it.
 * Each is the outermost such block holding nothing of the part.
 */
function sectionsOutside(page: HastRoot, part: Element): { before: Element[]; after: Element[] } {
  // One walk: each element's first heading, and the part's ancestors (depth is bounded by MAX_HTML_DEPTH).
  const firstHeading = new Map<Element, Element | undefined>();
  const partAncestors = new Set<Element>();
  const walk = (el: Element): boolean => {
    let holdsPart = el === part;
    let first: Element | undefined = HEADING_TAGS.has(el.tagName) ? el : undefined;
    for (const c of el.children) {
      if (c.type !== "element") continue;
      if (walk(c)) holdsPart = true;
      first ??= firstHeading.get(c);
    }
    firstHeading.set(el, first);
    if (holdsPart && el !== part) partAncestors.add(el);
    return holdsPart;
  };
  for (const c of page.children) if (c.type === "element") walk(c);
  const before: Element[] = [];
  const after: Element[] = [];
  let passed = false;
  const visit = (nodes: readonly (HastContent | ElementContent)[]) => {
    for (const node of nodes) {
      if (node.type !== "element") continue;
      if (node === part) passed = true;
      else if (partAncestors.has(node)) visit(node.children);
      else {
        const heading = firstHeading.get(node);
        if (!heading) continue;
        if (namesPostingSection(heading)) (passed ? after : before).push(node);
        else visit(node.children);
      }
    }
  };
  visit(page.children);
  return { before, after };
}

/** Share of the page's text an <article> holds at least to be taken for the posting's part. */
const MIN_ARTICLE_SHARE = 0.3;

/**
 * The posting's part of the page: its <main> (or [role=main]), else its longest <article>, else
 * the whole page. An <h1> above the main part (a hero banner) is kept with it.
 */
function postingPart(page: HastRoot): { root: HastRoot; hasH1: boolean } {
  let main: Element | undefined;
  let longest: Element | undefined;
  let longestLength = -1;
  const h1s: Element[] = [];
  for (const el of elements(page)) {
    if (el.tagName === "h1") h1s.push(el);
    if (!main && (el.tagName === "main" || propertyText(el.properties?.role).toLowerCase() === "main")) main = el;
    if (el.tagName === "article") {
      const length = textLength(el);
      if (length > longestLength) [longest, longestLength] = [el, length];
    }
  }
  // An <article> that holds little of the page's text is a card beside the posting (a "Read next"
  // blog teaser, one job of a listing of others), not the posting itself; one beside sibling
  // <article>s headed as the posting's sections is one block of a page laid out in articles
  // ("Responsibilities", "Qualifications", an "Equal Employment Opportunity" notice), and the page is read whole.
  const article = longest && longestLength >= MIN_ARTICLE_SHARE * textLength(page) && !hasSiblingSectionArticle(page, longest) ? longest : undefined;
  const part = main ?? article;
  if (!part) return { root: page, hasH1: h1s.length > 0 };
  const { before, after } = sectionsOutside(page, part);
  const children: ElementContent[] = [...before, ...part.children, ...after];
  const inside = new Set(elements(part));
  // The heading's text may be a template tag left unrendered ("{{ page.title }}"): its block still holds the job's facts.
  const outsideH1 = h1s.map((h) => (inside.has(h) ? null : titleBlockOf(page, h, part))).find((block) => block && textOf(block));
  if (!h1s.some((h) => inside.has(h)) && outsideH1) children.unshift(outsideH1);
  return { root: { type: "root", children }, hasH1: h1s.length > 0 };
}

// Separators of a page title's parts: "Media Suite | Careers | Developer", "Agora » QA Intern",
// "Zeppelin - Jobs: Software Engineer".
const TITLE_PART_SPLIT_RE = /\s+[|»·–—-]\s+|:\s+/;
// A part that only says the page is about jobs.
const JOBS_WORD_RE = /^(?:jobs?|careers?|vacanc(?:y|ies)|openings?|job openings|open positions|work with us|join us)$/i;
// A part naming its company around a jobs word: "GO-JEK Careers", "Careers at Acme", "Jobs at Acme".
const COMPANY_CAREERS_RE = /^(?:(?:careers?|jobs?)\s+(?:at|@)\s+(.{1,60})|(.{1,60}?)\s+(?:careers?|jobs?))$/i;
// "Backend Engineer at Corvid Labs" (a page title naming the role, then where it is).
const ROLE_AT_COMPANY_RE = /^(.{2,100}?)\s+(?:at|@)\s+(.{1,60})$/;
// "Heidi hiring Senior Engineer in Melbourne" (a job board's page title): the company opens it.
const COMPANY_HIRING_RE = /^(.{1,60}?)\s+(?:is\s+)?hiring\b/i;
// Job boards and ATS hosts whose name a page title or og:site_name carries instead of the employer's.
const JOB_BOARD_NAME_RE = /\b(?:indeed|linkedin|seek|glassdoor|monster|ziprecruiter|stepstone|xing|greenhouse|lever|workable|recruitee|personio|workday|smartrecruiters|jobs?\s?board)\b/i;
// A bare domain ("helabs.com.br", "www.acme.io"): a site's address, written where its name belongs.
const DOMAIN_NAME_RE = /^(?:www\.)?[\p{L}\p{N}-]+(?:\.[a-z]{2,})+$/iu;
/** Words a company part of a page title has at most. */
const MAX_SITE_NAME_WORDS = 4;

/**
 * The company a page's metadata names — its `og:site_name`, or the part of its <title> beside a
 * "Careers"/"Jobs" word or beside the posting's own title — or null. A job board's name is not
 * the employer's.
 */
export function siteNameOf(pageTitle: string | null, siteName: string | null, postingTitle: string | null, ownerName: string | null = null): string | null {
  const usable = (name: string | undefined | null): string | null => {
    const n = name?.trim();
    // A part the posting's title holds ("Backend Engineer Jobs" beside "Backend Engineer - GO-FOOD") names the role.
    // A brand heading standing for the title ("# Acme") names no role: its name is the site's.
    const role = !!postingTitle && ANY_ROLE_NOUN_RE.test(postingTitle) && postingTitle.toLowerCase().includes(n?.toLowerCase() ?? "");
    // A part naming a role is the posting's title beside a brand heading ("Platform Engineer | Careers | Acme" over "# Acme").
    return n && !role && !ANY_ROLE_NOUN_RE.test(n) && !DOMAIN_NAME_RE.test(n) && n.split(/\s+/).length <= MAX_SITE_NAME_WORDS && !JOB_BOARD_NAME_RE.test(n) && !JOBS_WORD_RE.test(n) ? n : null;
  };
  if (pageTitle) {
    const parts = pageTitle.split(TITLE_PART_SPLIT_RE).map((p) => p.trim()).filter(Boolean);
    // The og:site_name the <title> repeats as a part of its own ("Route Planner | Careers | Osprey Freight").
    const site = usable(siteName);
    // Also as the start of a part naming a corner of the site ("Data Analyst | Acme Energy Tech blog" beside "Acme Energy").
    const siteLower = site?.toLowerCase();
    if (site && parts.some((p) => p.toLowerCase() === siteLower || p.toLowerCase().startsWith(`${siteLower} `))) return site;
    const beside = besidePostingTitle(pageTitle, postingTitle);
    if (beside !== null && usable(beside)) return usable(beside);
    // "Backend Engineer at Corvid Labs": the posting's own title, then its company.
    const roleAt = parts.map((p) => ROLE_AT_COMPANY_RE.exec(p)).find((m) => m && postingTitle && m[1].toLowerCase() === postingTitle.trim().toLowerCase());
    if (roleAt && usable(roleAt[2])) return usable(roleAt[2]);
    const hiring = COMPANY_HIRING_RE.exec(pageTitle)?.[1];
    if (usable(hiring)) return usable(hiring);
    for (const part of parts) {
      const m = COMPANY_CAREERS_RE.exec(part);
      if (m && usable(m[1] ?? m[2])) return usable(m[1] ?? m[2]);
    }
    const marker = parts.findIndex((p) => JOBS_WORD_RE.test(p));
    if (marker > 0 && usable(parts[marker - 1])) return usable(parts[marker - 1]);
    // Beside the posting's own title, the one part that is neither it nor a jobs word:
    // "Backend Engineer - Acme", "DevOps Engineer | Careers | Good Standing AI".
    const own = postingTitle?.toLowerCase();
    const others = own ? parts.filter((p) => !own.includes(p.toLowerCase()) && !p.toLowerCase().includes(own) && !JOBS_WORD_RE.test(p)) : [];
    if (own && others.length === 1 && parts.length >= 2 && parts.length - others.length - (marker >= 0 ? 1 : 0) === 1 && usable(others[0])) return usable(others[0]);
  }
  return usable(siteName) ?? usable(ownerName);
}

/** Words a <title> that is only the site's name has at most ("bitpie", "Osprey Freight"). */
const MAX_BRAND_TITLE_WORDS = 3;

/**
 * A <title> of one part that is the site's name, not the posting's ("bitpie" over "### 加入我们",
 * "##### 职位：iOS 开发工程师"): it names no role, no jobs section, no section of a posting, and is
 * no heading of the page — unless that heading is a brand banner with a role heading after it.
 * `headings` are the page's headings in order, with whether each names a role. Null otherwise.
 */
export function loneTitleName(pageTitle: string | null, headings: readonly { text: string; role: boolean }[]): string | null {
  const parts = pageTitle?.split(TITLE_PART_SPLIT_RE).map((p) => p.trim()).filter(Boolean) ?? [];
  const name = parts.length === 1 ? parts[0] : null;
  if (!name || name.split(/\s+/).length > MAX_BRAND_TITLE_WORDS || ANY_ROLE_NOUN_RE.test(name) || JOBS_WORD_RE.test(name) || JOB_BOARD_NAME_RE.test(name) || DOMAIN_NAME_RE.test(name) || classifyHeading(name)) return null;
  const at = headings.findIndex((h) => h.text.toLowerCase() === name.toLowerCase());
  if (at < 0) return name;
  return at === 0 && headings.slice(1).some((h) => h.role) ? name : null;
}

/**
 * The name beside a role in a page's title for sharing ("Customer Support Specialist - Brightmoor"):
 * of its two parts, the one naming no role when the other names one; else null.
 */
export function nameBesideRole(title: string | null): string | null {
  const parts = title?.split(TITLE_PART_SPLIT_RE).map((p) => p.trim()).filter(Boolean) ?? [];
  if (parts.length !== 2) return null;
  const roles = parts.map((p) => ANY_ROLE_NOUN_RE.test(p));
  const name = roles[0] !== roles[1] ? parts[roles[0] ? 1 : 0] : null;
  return name && name.split(/\s+/).length <= MAX_SITE_NAME_WORDS && !JOBS_WORD_RE.test(name) && !JOB_BOARD_NAME_RE.test(name) && !DOMAIN_NAME_RE.test(name) ? name : null;
}

// Separators and jobs words at the edges of what is left of a page title once the posting's
// title is cut out: "| Acme", "- Careers - Acme", "at Acme".
const TITLE_REST_EDGE_RE = /^(?:\s*(?:[|»·–—:-]|at|@)\s*)+|(?:\s*[|»·–—:-]\s*)+$/gi;

/**
 * The one name a page title holds besides the posting's own title, which opens or closes it
 * ("QA Manager — Pharmacovigilance | Acme", "Acme – Careers – Data Engineer"), or null. The
 * posting's title is cut out whole first, so separators inside it ("QA Manager — Pharmacovigilance")
 * do not split it into parts.
 */
function besidePostingTitle(pageTitle: string, postingTitle: string | null): string | null {
  const own = postingTitle?.trim().toLowerCase();
  const title = collapse(pageTitle);
  if (!own || title.length <= own.length) return null;
  const lower = title.toLowerCase();
  const opens = lower.startsWith(own);
  const rest = opens ? title.slice(own.length) : lower.endsWith(own) ? title.slice(0, -own.length) : null;
  // Cut at a word's edge only: "Engineer" does not open "Engineering Team | Acme".
  if (rest === null || WORD_CHAR_RE.test(opens ? rest[0] : rest[rest.length - 1])) return null;
  const parts = rest.replace(TITLE_REST_EDGE_RE, "").split(TITLE_PART_SPLIT_RE).map((p) => p.trim()).filter((p) => p && !JOBS_WORD_RE.test(p));
  return parts.length === 1 ? parts[0] : null;
}

/**
 * The heading that is the posting's title as far as a page's <title> tells: of two headings that are
 * each a part of it ("Osprey Freight" then "Route Planner" under "Route Planner | Careers | Osprey
 * Freight"), the second — the first is the site's brand banner; else the first heading.
 */
export function postingHeadingOf(tree: Root, pageTitle: string | null): string | null {
  const headings = tree.children.flatMap((n) => (n.type === "heading" ? [collapse(inlineLines(n.children))] : []));
  const parts = new Set(pageTitle?.split(TITLE_PART_SPLIT_RE).map((p) => collapse(p).toLowerCase()) ?? []);
  const named = parts.size > 1 ? headings.filter((h) => parts.has(h.toLowerCase())) : [];
  return (named.length > 1 && named[0].toLowerCase() === headings[0]?.toLowerCase() ? named[1] : headings[0]) ?? null;
}

// Meta names of a page's title for sharing, in the order they are preferred.
const SOCIAL_TITLE_NAMES = ["og:title", "twitter:title"];

/** The page's og:title, else its twitter:title (as `property` or `name`), or null. */
function metaSocialTitle(page: HastRoot): string | null {
  const found = new Map<string, string>();
  for (const el of elements(page)) {
    if (el.tagName === "body") break;
    if (el.tagName !== "meta") continue;
    const name = propertyText(el.properties?.property ?? el.properties?.name).toLowerCase();
    const content = collapse(propertyText(el.properties?.content));
    if (SOCIAL_TITLE_NAMES.includes(name) && content && !found.has(name)) found.set(name, content);
  }
  return SOCIAL_TITLE_NAMES.map((n) => found.get(n)).find(Boolean) ?? null;
}

/** The page's `<meta property="og:site_name">`, else its `<meta name="application-name">`, or null. */
function metaSiteName(page: HastRoot): string | null {
  let applicationName: string | null = null;
  for (const el of elements(page)) {
    if (el.tagName === "body") break;
    if (el.tagName !== "meta") continue;
    if (propertyText(el.properties?.property) === "og:site_name") return propertyText(el.properties?.content).trim() || null;
    if (propertyText(el.properties?.name).toLowerCase() === "application-name") applicationName ??= propertyText(el.properties?.content).trim() || null;
  }
  return applicationName;
}

// An image that is the site's logo, by its class, id, alt or file name.
const LOGO_RE = /logo/i;
// Words of a logo's alt text besides the name ("Acme logo", "Logo of Acme", "Acme - Home").
const LOGO_ALT_NOISE_RE = /\b(?:logo(?:type)?|of|home(?:\s*page)?|image|icon)\b|[|–—-]/gi;

/** A brand's name as written: capitalised ("Tikal", "3M"), or of several words however set ("code & co."); one lower-case word is a caption ("company"). */
function looksLikeName(name: string): boolean {
  return /^[\p{Lu}\p{N}]/u.test(name) || (/^\p{L}/u.test(name) && name.includes(" "));
}

/** The name a site's logo image gives in its alt text ("Acme logo" → "Acme"), or null. */
function logoName(page: HastRoot): string | null {
  for (const el of elements(page)) {
    if (el.tagName !== "img") continue;
    const p = el.properties ?? {};
    const alt = propertyText(p.alt).trim();
    if (!alt || ![p.className, p.id, alt, p.src].some((v) => LOGO_RE.test(propertyText(v)))) continue;
    // "Acme | Tools for harbours": the name before the site's tagline.
    const name = collapse(alt.split(TITLE_PART_SPLIT_RE)[0].replace(LOGO_ALT_NOISE_RE, " "));
    if (name && looksLikeName(name)) return name;
  }
  return null;
}

// A copyright notice: "© 2013 All Rights Reserved. Tikal", "Copyright 2015, Sawhorse Media".
const COPYRIGHT_RE = /©|\(c\)|\bcopyright\b/i;
// What a notice holds besides its holder's name: the sign, years, "All rights reserved".
const COPYRIGHT_NOISE_RE = /©|\(c\)|\bcopyright\b|\ball\s+rights\s+reserved\b|\b(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)?\d{2})?\b/gi;
// Punctuation left around the name once the rest is gone.
const EDGE_PUNCT_RE = /^[\s.,:;|–—-]+|[\s.,:;|–—-]+$/g;
/** Words a copyright holder's name has at most; more is a sentence. */
const MAX_HOLDER_WORDS = 5;

/** The holder a copyright notice names ("Tikal"), or null. */
export function copyrightHolder(notice: string): string | null {
  if (!COPYRIGHT_RE.test(notice)) return null;
  const name = notice.replace(COPYRIGHT_NOISE_RE, " ").replace(/\s+/g, " ").replace(EDGE_PUNCT_RE, "");
  // A job board's own notice ("© SEEK") names the board, not the employer.
  return looksLikeName(name) && !/^\p{N}/u.test(name) && name.split(" ").length <= MAX_HOLDER_WORDS && !JOB_BOARD_NAME_RE.test(name) ? name : null;
}

/**
 * The site's owner as its copyright notice names it — the footer's "© 2013 Tikal" or a
 * `<meta name="copyright">` — read before the footer is dropped; null when there is none.
 */
function copyrightOwner(page: HastRoot): string | null {
  for (const el of elements(page)) {
    if (el.tagName === "meta" && propertyText(el.properties?.name).toLowerCase() === "copyright") {
      const holder = copyrightHolder(propertyText(el.properties?.content));
      if (holder) return holder;
    }
    if (el.tagName === "script" || el.tagName === "style") continue;
    for (const child of el.children) {
      const holder = child.type === "text" && child.value.length < 200 ? copyrightHolder(child.value) : null;
      if (holder) return holder;
    }
    // The holder's name set in a link or a span of its own: "© 2024 <a href="/">Acme Inc.</a>".
    const own = el.children.some((c) => c.type === "text" && COPYRIGHT_RE.test(c.value));
    const whole = own ? textOf(el) : "";
    const holder = whole && whole.length < 200 ? copyrightHolder(whole) : null;
    if (holder) return holder;
  }
  return null;
}

/** <meta> names and properties that state the job's place, in the order they are preferred. */
const LOCATION_META_NAMES = ["job:location", "job_location", "joblocation", "location", "geo.placename", "og:locality"];
/** <meta> properties that add a region and a country to an og:locality. */
const LOCALITY_META_PARTS = ["og:region", "og:country-name"];
// Twitter's label of a data card row that holds the job's place ("twitter:label1" = "Location").
const LOCATION_LABEL_RE = /^(?:job\s+)?locations?$/i;
// A card row's label or value meta name: "twitter:label1", "twitter:data1".
const TWITTER_ROW_RE = /^twitter:(label|data)(\d)$/;

/** The job's place from the page's <meta> tags (publisher data, as JSON-LD is), or null. */
function metaLocationOf(page: HastRoot): string | null {
  const metas = new Map<string, string>();
  const rows = new Map<string, { label?: string; data?: string }>();
  for (const el of elements(page)) {
    if (el.tagName === "body") break;
    if (el.tagName !== "meta") continue;
    const name = propertyText(el.properties?.name ?? el.properties?.property).trim().toLowerCase();
    // Lever writes the card rows' text in `value`, others in `content`.
    const content = propertyText(el.properties?.content ?? el.properties?.value).replace(/\s+/g, " ").trim();
    if (!name || !content) continue;
    if (!metas.has(name)) metas.set(name, content);
    const row = TWITTER_ROW_RE.exec(name);
    if (row) rows.set(row[2], { ...rows.get(row[2]), [row[1]]: content });
  }
  for (const name of LOCATION_META_NAMES) {
    const value = metas.get(name);
    if (!value) continue;
    if (name !== "og:locality") return value;
    return [value, ...LOCALITY_META_PARTS.map((n) => metas.get(n)).filter(Boolean)].join(", ");
  }
  for (const { label, data } of rows.values()) if (label && data && LOCATION_LABEL_RE.test(label)) return data;
  return null;
}

/** The page's <title> (outside <svg>, which prune drops later), or null. */
function pageTitleOf(page: HastRoot): string | null {
  for (const el of elements(page)) {
    if (el.tagName === "svg") continue;
    if (el.tagName === "title") return textOf(el) || null;
    if (el.tagName === "body") break;
  }
  return null;
}

// Inline elements the converter reads as nothing but their children: a run of them is one run of text.
const TRANSPARENT_INLINE_TAGS = new Set(["span", "font", "small", "time", "abbr", "acronym", "bdi", "bdo", "big", "cite", "data", "dfn", "ins", "nobr", "sup", "sub"]);

/**
 * Unwraps transparent inline elements and joins the text nodes then side by side, in one pass,
 * in place. hast-util-to-mdast joins sibling texts itself, one at a time, splicing each out of
 * its parent and scanning the joined text again: a block of 20,000 <span>s took 9 s for 480 KB.
 */
function joinTextRuns(root: HastRoot | Element): void {
  const parents: (HastRoot | Element)[] = [root];
  while (parents.length) {
    const parent = parents.pop()!;
    const out: (HastContent | ElementContent)[] = [];
    // The children in document order, transparent elements opened in place (own stack: nesting).
    const pending: (HastContent | ElementContent)[] = [...parent.children].reverse();
    while (pending.length) {
      const node = pending.pop()!;
      if (node.type === "element" && TRANSPARENT_INLINE_TAGS.has(node.tagName)) {
        for (let i = node.children.length - 1; i >= 0; i--) pending.push(node.children[i]);
        continue;
      }
      const last = out[out.length - 1];
      if (node.type === "text" && last?.type === "text") {
        out[out.length - 1] = { type: "text", value: last.value + node.value, position: last.position && node.position ? { start: last.position.start, end: node.position.end } : undefined };
        continue;
      }
      if (node.type === "element") parents.push(node);
      out.push(node);
    }
    parent.children = out as typeof parent.children;
  }
}

/** mdast of a hast subtree: the one conversion every page, fragment and HTML block in markdown goes through. */
export function mdastOf(root: HastRoot): Root {
  joinTextRuns(root);
  const converted = toMdast(root, { document: true, handlers: { dl: definitionList } }) as Root;
  const tree: Root = converted.type === "root" ? converted : { type: "root", children: [converted as unknown as RootContent] };
  splitParagraphs(tree);
  dropOtherJobs(tree);
  return tree;
}

// A heading over other postings of the site or board ("Similar jobs", "More open positions",
// "Other roles at Acme", "People also viewed"): their cards' titles, places and pay are traps.
const OTHER_JOBS_HEADING_RE =
  /^(?:(?:see\s+)?(?:similar|related|recommended|other|more)\s+(?:open\s+)?(?:jobs?|roles?|positions?|openings?|vacancies|opportunities|job\s+openings)\b|jobs?\s+you\s+(?:may|might)\s+(?:like|be\s+interested\s+in)|people\s+also\s+(?:viewed|applied)|(?:view\s+)?all\s+(?:open\s+)?(?:jobs|positions|openings)|other\s+jobs\s+at\b)/i;

/**
 * The sections under an other-jobs heading, down to the next heading of its level or higher,
 * dropped — once the posting has begun (a heading above it), so a site's "Open positions" banner
 * over the posting never swallows it.
 */
function dropOtherJobs(tree: Root): void {
  const out: RootContent[] = [];
  let depth = 0;
  let begun = false;
  for (const node of tree.children) {
    if (node.type === "heading") {
      if (depth && node.depth <= depth) depth = 0;
      if (!depth && begun && OTHER_JOBS_HEADING_RE.test(collapse(inlineLines(node.children)))) depth = node.depth;
      begun = true;
    }
    if (!depth) out.push(node);
  }
  tree.children = out;
}

/**
 * A page whose <title> names one of its later <h1>s ("Senior Software Engineer – OTLKM") while
 * other <h1>s come first (the cards of a listing of other jobs above the posting): the posting
 * begins at that <h1>, and what stands before it is dropped.
 */
function dropBeforeTitledHeading(tree: Root, pageTitle: string | null): void {
  if (!pageTitle) return;
  const parts = new Set(pageTitle.split(TITLE_PART_SPLIT_RE).map((p) => collapse(p).toLowerCase()).filter(Boolean));
  let h1sBefore = 0;
  for (const [i, node] of tree.children.entries()) {
    if (node.type !== "heading" || node.depth !== 1) continue;
    if (h1sBefore > 0 && parts.has(collapse(inlineLines(node.children)).toLowerCase())) {
      tree.children = tree.children.slice(i);
      return;
    }
    h1sBefore++;
  }
}

function collapse(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

// A term that already ends with its colon ("Location:").
const TERM_COLON_RE = /:\s*$/;
/** Characters of a definition read as a field's value; a longer one is a section of its own. */
const MAX_DEFINITION_CHARS = 200;

/**
 * A definition list (`<dt>Location</dt><dd>Berlin</dd>`) as the `Key: value` lines a posting's
 * fields are read from; a long definition becomes a label line over its own content.
 */
function definitionList(state: { all(node: Element): RootContent[] }, node: Element): RootContent[] {
  const out: RootContent[] = [];
  let term: string | null = null;
  for (const child of node.children) {
    if (child.type !== "element") continue;
    // Wrappers (<div><dt/><dd/></div>) are read through.
    const items = child.tagName === "div" ? child.children.filter((c): c is Element => c.type === "element") : [child];
    for (const item of items) {
      if (item.tagName === "dt") term = textOf(item);
      else if (item.tagName === "dd") {
        const value = textOf(item);
        const key = term ? (TERM_COLON_RE.test(term) ? term : `${term}:`) : null;
        if (key && value.length <= MAX_DEFINITION_CHARS) out.push({ type: "paragraph", children: [{ type: "text", value: `${key} ${value}` }], position: item.position });
        else {
          if (key) out.push({ type: "paragraph", children: [{ type: "strong", children: [{ type: "text", value: key }] }], position: item.position });
          for (const n of state.all(item)) out.push(n);
        }
        term = null;
      }
    }
  }
  return out;
}

function isLabelRun(nodes: readonly PhrasingContent[]): boolean {
  let label = false;
  for (const n of nodes) {
    if (n.type === "text" && !n.value.trim()) continue;
    if (n.type !== "strong" && n.type !== "emphasis") return false;
    label = true;
  }
  return label;
}

function isEmphasisNode(node: PhrasingContent): node is Strong | Emphasis {
  return node.type === "strong" || node.type === "emphasis";
}

/**
 * Breaks at the edges of a bold run moved out of it (`<strong>Who we are<br><br></strong>Text`):
 * the label then stands on a line of its own, as the page shows it.
 */
function breaksOutOfEmphasis(nodes: PhrasingContent[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const node of nodes) {
    if (!isEmphasisNode(node)) {
      out.push(node);
      continue;
    }
    const inner = node.children as PhrasingContent[];
    let start = 0;
    let end = inner.length;
    while (start < end && inner[start].type === "break") start++;
    while (end > start && inner[end - 1].type === "break") end--;
    for (let i = 0; i < start; i++) out.push({ type: "break" });
    if (end > start) out.push({ ...node, children: inner.slice(start, end) } as PhrasingContent);
    for (let i = end; i < inner.length; i++) out.push({ type: "break" });
  }
  return out;
}

/**
 * Paragraphs split where a page's lines say a new one starts: at an empty line (`<br><br>`) and
 * around a line that is all bold (`<strong>Your role</strong><br>`), so a label stands alone as
 * it does in markdown (`**Your role**` on its own line) and the section readers see it.
 */
function splitParagraphs(parent: { children: RootContent[] }): void {
  const out: RootContent[] = [];
  for (const node of parent.children) {
    if (node.type === "list" || node.type === "listItem" || node.type === "blockquote") splitParagraphs(node as { children: RootContent[] });
    if (node.type !== "paragraph" || !node.children.some((c) => c.type === "break" || (isEmphasisNode(c) && c.children.some((b) => b.type === "break")))) {
      out.push(node);
      continue;
    }
    const lines: PhrasingContent[][] = [[]];
    for (const c of breaksOutOfEmphasis(node.children)) {
      if (c.type === "break") lines.push([]);
      else lines[lines.length - 1].push(c);
    }
    let current: PhrasingContent[] = [];
    let previousLabel = false;
    const flush = () => {
      const first = current[0]?.position;
      const last = current[current.length - 1]?.position;
      if (current.length) out.push({ type: "paragraph", children: current, position: first && last ? { start: first.start, end: last.end } : node.position });
      current = [];
    };
    for (const line of lines) {
      const blank = line.every((c) => c.type === "text" && !c.value.trim());
      const label = !blank && isLabelRun(line);
      if (blank || label || previousLabel) flush();
      previousLabel = label;
      if (blank) continue;
      if (current.length) current.push({ type: "break" });
      for (const c of line) current.push(c);
    }
    flush();
  }
  parent.children = out;
}

/** Plain text of inline mdast, breaks as newlines (the rendering of one block). */
function inlineLines(nodes: readonly Nodes[]): string {
  let out = "";
  for (const node of nodes) {
    if (node.type === "text" || node.type === "inlineCode") out += node.value;
    else if (node.type === "break") out += "\n";
    else if (node.type === "image") out += node.alt ?? "";
    else if ("children" in node) out += inlineLines(node.children as Nodes[]);
  }
  return out;
}

interface Render {
  lines: string[];
}

function place(node: Nodes, start: number, end: number) {
  node.position = { start: { line: start, column: 1 }, end: { line: end, column: 1 } };
}

/** Appends the block's lines (each prefixed) and numbers the node on them. */
function renderBlock(r: Render, node: Nodes, prefix: string, text: string) {
  const start = r.lines.length + 1;
  const parts = text.split("\n").map((l) => l.replace(/\s+/g, " ").trim());
  parts.forEach((l, i) => r.lines.push(i === 0 ? prefix + l : " ".repeat(prefix.length) + l));
  place(node, start, r.lines.length);
}

/**
 * Numbers every block of `nodes` on the lines it renders to, as a markdown reader of the page
 * would see it: a heading `## …`, an item `- …`, a paragraph its lines, blank lines between.
 */
function renderFlow(r: Render, nodes: readonly RootContent[], indent: string) {
  for (const node of nodes) {
    switch (node.type) {
      case "heading":
        renderBlock(r, node, `${indent}${"#".repeat(node.depth)} `, inlineLines(node.children));
        break;
      case "paragraph":
        renderBlock(r, node, indent, inlineLines(node.children));
        break;
      case "code":
        renderBlock(r, node, indent, node.value);
        break;
      case "thematicBreak":
        renderBlock(r, node, indent, "---");
        break;
      case "list": {
        const start = r.lines.length + 1;
        node.children.forEach((item, i) => {
          const itemStart = r.lines.length + 1;
          const marker = node.ordered ? `${(node.start ?? 1) + i}. ` : "- ";
          let first = true;
          for (const child of item.children) {
            if (child.type === "list") renderFlow(r, [child], indent + "  ");
            else if (child.type === "paragraph" || child.type === "heading") {
              renderBlock(r, child, first ? indent + marker : indent + "  ", inlineLines(child.children));
              first = false;
            } else renderFlow(r, [child], indent + "  ");
          }
          if (first) r.lines.push(indent + marker.trimEnd());
          place(item, itemStart, r.lines.length);
        });
        place(node, start, r.lines.length);
        r.lines.push("");
        continue;
      }
      case "table": {
        const start = r.lines.length + 1;
        for (const row of node.children) renderBlock(r, row, indent, "| " + row.children.map((c) => inlineLines(c.children).replace(/\n/g, " ")).join(" | ") + " |");
        place(node, start, r.lines.length);
        break;
      }
      case "blockquote": {
        const start = r.lines.length + 1;
        renderFlow(r, node.children, indent + "> ");
        place(node, start, Math.max(start, r.lines.length));
        continue;
      }
      default:
        if ("children" in node) renderFlow(r, node.children as RootContent[], indent);
        continue;
    }
    r.lines.push("");
  }
}

/** Converts a whole HTML page (SPEC §1 "Input formats"). */
export function parseHtmlPage(source: string): HtmlPage {
  const warnings: string[] = [];
  const jsonLd: string[] = [];
  const prepared = prepareHtml(source, jsonLd);
  let html = prepared.html;
  if (prepared.deep) warnings.push(`HTML nested deeper than ${MAX_HTML_DEPTH} elements; the deeper tags dropped, their text kept`);
  let rest = "";
  if (html.length > MAX_HTML_CHARS) {
    const found = html.lastIndexOf("<", MAX_HTML_CHARS);
    const cut = found > MAX_HTML_CHARS / 2 ? found : MAX_HTML_CHARS;
    rest = html.slice(cut, cut + MAX_HTML_TEXT_CHARS);
    warnings.push(
      html.length - cut > MAX_HTML_TEXT_CHARS
        ? `HTML page longer than ${MAX_HTML_CHARS + MAX_HTML_TEXT_CHARS} characters without its scripts and styles; ${MAX_HTML_TEXT_CHARS} past the first ${MAX_HTML_CHARS} read as text, the remaining ${html.length - cut - MAX_HTML_TEXT_CHARS} not read`
        : `HTML page longer than ${MAX_HTML_CHARS} characters without its scripts and styles; the rest read as text, line by line`,
    );
    html = html.slice(0, cut);
  }
  const page = fromHtml(html);
  const pageTitle = pageTitleOf(page);
  const siteName = metaSiteName(page);
  const socialTitle = metaSocialTitle(page);
  // Read before the banner, where the logo stands, is dropped.
  const ownerName = organizationNameOf(jsonLd) ?? logoName(page);
  // Read before the footer is dropped: a footer is no posting text.
  const copyright = copyrightOwner(page);
  const metaLocation = metaLocationOf(page);
  labelTabPanels(page);
  const panels = accordionPanels(page);
  labelSectionBlocks(page);
  prune(page, panels);
  dropTemplateTags(page);
  hoistHeadingBlocks(page);
  separateFactRows(page);
  factTablesAsFields(page);
  unwrapLayoutTables(page);
  const { root, hasH1 } = postingPart(page);
  const tree = mdastOf(root);
  dropBeforeTitledHeading(tree, pageTitle);
  if (rest) {
    const lineRead = lineTree(htmlAsLines(rest), 1);
    const cut = cutWarning(lineRead);
    if (cut) warnings.push(cut);
    for (const node of lineRead.children) tree.children.push(node);
  }
  const r: Render = { lines: [] };
  renderFlow(r, tree.children, "");
  const headings = tree.children.flatMap((n) => (n.type === "heading" ? [collapse(inlineLines(n.children))] : [])).map((text) => ({ text, role: ANY_ROLE_NOUN_RE.test(text) }));
  const titleName = loneTitleName(pageTitle, headings);
  return { tree, text: r.lines.join("\n"), jsonLd, pageTitle, socialTitle, siteName, ownerName, copyright, titleName, hasH1, metaLocation, warnings };
}

/** A page fragment (a JSON-LD description) as mdast rendered to lines. */
export function parseHtmlFragment(html: string): { tree: Root; text: string } {
  const fragment = fromHtml(prepareHtml(html.slice(0, MAX_HTML_CHARS), []).html, { fragment: true });
  prune(fragment);
  hoistHeadingBlocks(fragment);
  const tree = mdastOf(fragment);
  const r: Render = { lines: [] };
  renderFlow(r, tree.children, "");
  return { tree, text: r.lines.join("\n") };
}

// ---- HTML inside markdown -------------------------------------------------------------------

/** Moves a converted fragment onto the markdown lines it came from (the fragment starts at `line`). */
function shiftTo(node: Nodes, line: number, endLine: number, fallback: number) {
  const p = node.position;
  if (p && p.start.line) {
    const start = Math.min(p.start.line + line - 1, endLine);
    node.position = { start: { line: start, column: p.start.column }, end: { line: Math.min(Math.max(p.end.line + line - 1, start), endLine), column: p.end.column } };
  } else node.position = { start: { line: fallback, column: 1 }, end: { line: fallback, column: 1 } };
  if ("children" in node) for (const child of node.children as Nodes[]) shiftTo(child, line, endLine, node.position.start.line);
}

function fragmentMdast(html: string, line: number, endLine: number): RootContent[] {
  const fragment = fromHtml(prepareHtml(html, []).html, { fragment: true });
  prune(fragment);
  hoistHeadingBlocks(fragment);
  const tree = mdastOf(fragment);
  for (const child of tree.children) shiftTo(child, line, endLine, line);
  return tree.children;
}

/** Items the fragment left outside a list (`<li>` without its `<ul>`) put in one. */
function listed(nodes: RootContent[]): RootContent[] {
  const out: RootContent[] = [];
  let orphans: List | null = null;
  for (const node of nodes) {
    if (node.type !== "listItem") {
      out.push(node);
      orphans = null;
    } else if (orphans) orphans.children.push(node);
    else {
      orphans = { type: "list", ordered: false, spread: false, children: [node], position: node.position };
      out.push(orphans);
    }
  }
  return out;
}

const HTML_ESCAPES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };
// Characters that would read as markup when markdown text is put back into HTML.
const HTML_SPECIAL_RE = /[&<>]/g;

/** A paragraph of text and inline HTML (`<b>Salary:</b> 60k<br/>`) as HTML, or null when it holds other markdown. */
function paragraphHtml(p: Paragraph): string | null {
  let out = "";
  for (const c of p.children as PhrasingContent[]) {
    if (c.type === "text") out += c.value.replace(HTML_SPECIAL_RE, (ch) => HTML_ESCAPES[ch]);
    else if (c.type === "html") out += c.value;
    else if (c.type === "break") out += "<br>";
    else return null;
  }
  return out;
}

// Markup that opens with a tag: the start of a line of HTML.
const OPENS_WITH_TAG_RE = /^\s*<\/?[A-Za-z]/;

/** A page's HTML indented by tabs after a blank line, which markdown reads as an indented code
 *  block: after an HTML block it is the same markup going on, not code to show. */
function indentedMarkup(node: RootContent): node is Code {
  return node.type === "code" && !node.lang && OPENS_WITH_TAG_RE.test(node.value) && ELEMENT_TAG_RE.test(node.value);
}

function hasElementHtml(nodes: readonly Nodes[]): boolean {
  return nodes.some((n) => n.type === "html" && ELEMENT_TAG_RE.test(n.value));
}

/**
 * Replaces the HTML of a markdown tree with the mdast it renders to, in place: block html nodes
 * (`<ul><li>…`, `<p>…`) become lists and paragraphs, a paragraph of text and inline tags
 * (`<b>Label:</b>`, `<br>`) becomes the same paragraph in mdast, and scripts and styles go.
 */
export function expandHtml(parent: { children: RootContent[] }): void {
  const out: RootContent[] = [];
  const nodes = parent.children;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    const line = node.position?.start.line ?? 0;
    let endLine = node.position?.end.line ?? line;
    if (node.type === "html" && ELEMENT_TAG_RE.test(node.value)) {
      // Markdown ends an HTML block at a blank line, so one <ul> or <h2> written with blank
      // lines inside comes as several html nodes: they are read as the one fragment they are,
      // with their lines between them kept so positions stay on the source.
      let html = node.value;
      for (let next = nodes[i + 1]; next && (next.type === "html" || indentedMarkup(next)) && next.position; next = nodes[++i + 1]) {
        html += "\n".repeat(Math.max(1, next.position.start.line - endLine)) + next.value;
        endLine = next.position.end.line;
      }
      for (const n of listed(fragmentMdast(html, line, endLine))) out.push(n);
      continue;
    }
    if (node.type === "paragraph" && hasElementHtml(node.children)) {
      const html = paragraphHtml(node);
      if (html !== null) {
        for (const n of listed(fragmentMdast(html, line, endLine))) out.push(n);
        continue;
      }
    }
    if (node.type === "list" || node.type === "listItem" || node.type === "blockquote") expandHtml(node as { children: RootContent[] });
    out.push(node);
  }
  parent.children = out;
}

/** The tree holds HTML worth converting (most markdown postings hold none: nothing is loaded for them). */
export function treeHasHtml(nodes: readonly Nodes[]): boolean {
  for (const node of nodes) {
    if (node.type === "html" && ELEMENT_TAG_RE.test(node.value)) return true;
    if ("children" in node && node.type !== "table" && treeHasHtml(node.children as Nodes[])) return true;
  }
  return false;
}

