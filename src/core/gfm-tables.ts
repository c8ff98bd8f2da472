// A remark plugin for GFM tables only. remark-gfm's other extensions cost more than the whole
// CommonMark parse on the corpus (autolink literals above all) and give extraction nothing:
// bare URLs stay in the text where apply-url finds them, and single-tilde strikethrough would
// eat the `~` of salary ranges such as `$60 ~ $80k`.
import type { Processor } from "unified";
import { gfmTable } from "micromark-extension-gfm-table";
import { gfmTableFromMarkdown } from "mdast-util-gfm-table";

interface ParserData {
  micromarkExtensions?: unknown[];
  fromMarkdownExtensions?: unknown[];
}

export default function remarkGfmTables(this: Processor): void {
  const data = this.data() as ParserData;
  (data.micromarkExtensions ??= []).push(gfmTable());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
}
