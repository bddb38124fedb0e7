import type { InlineSub, InlineTag } from './model';
import { escapeAttr, escapeText } from './xml/escape';

/**
 * Collects the content of a native-code element (TMX bpt/ept/it/ph/ut, XLIFF 1.2
 * bpt/ept/it/ph): its text is the code (`data`), and `<sub>` children mark sub-flows of
 * translatable text inside it (`subs`). Elements nested in a sub-flow are flattened into its
 * text. Shared by the TMX and XLIFF 1.2 readers.
 */
export class CodeCollector {
  private tag: InlineTag | undefined;
  private depth = 0;
  private data = '';
  private subs: InlineSub[] = [];
  private openSub: { depth: number; sub: InlineSub } | undefined;

  /** True while inside a code element. */
  get active(): boolean {
    return this.depth > 0;
  }

  begin(tag: InlineTag): void {
    this.tag = tag;
    this.depth = 1;
    this.data = '';
    this.subs = [];
    this.openSub = undefined;
  }

  text(t: string): void {
    this.data += t;
  }

  /** An element inside the code; `sub` with its attributes when it is a `<sub>`. */
  open(sub?: { type?: string | undefined; datatype?: string | undefined }): void {
    this.depth++;
    if (sub && !this.openSub) {
      const s: InlineSub = { start: this.data.length, end: this.data.length };
      if (sub.type !== undefined) s.type = sub.type;
      if (sub.datatype !== undefined) s.datatype = sub.datatype;
      this.openSub = { depth: this.depth, sub: s };
    }
  }

  /** A close tag inside the code; returns the finished tag when it closes the code element itself. */
  close(): InlineTag | undefined {
    if (this.openSub && this.openSub.depth === this.depth) {
      this.openSub.sub.end = this.data.length;
      this.subs.push(this.openSub.sub);
      this.openSub = undefined;
    }
    this.depth--;
    if (this.depth > 0 || !this.tag) return undefined;
    const tag = this.tag;
    this.tag = undefined;
    if (this.data !== '') tag.data = this.data;
    if (this.subs.length > 0) tag.subs = this.subs;
    return tag;
  }
}

type Esc = (s: string) => string;

/**
 * A code's `data` as element content, its sub-flows wrapped in `<sub>` again (`typeAttr`
 * names the sub's type attribute: `type` in TMX, `ctype` in XLIFF 1.2). Sub ranges that do not
 * fit the data are written as plain code.
 */
export function codeContent(tag: InlineTag, typeAttr: 'type' | 'ctype', tx: Esc = (s) => escapeText(s), at: Esc = (s) => escapeAttr(s)): string {
  const data = tag.data ?? '';
  if (!tag.subs || tag.subs.length === 0) return tx(data);
  let s = '';
  let pos = 0;
  for (const sub of tag.subs) {
    if (sub.start < pos || sub.end < sub.start || sub.end > data.length) continue;
    s += tx(data.slice(pos, sub.start));
    const attrs = (sub.type !== undefined ? ` ${typeAttr}="${at(sub.type)}"` : '') + (sub.datatype !== undefined ? ` datatype="${at(sub.datatype)}"` : '');
    s += `<sub${attrs}>${tx(data.slice(sub.start, sub.end))}</sub>`;
    pos = sub.end;
  }
  return s + tx(data.slice(pos));
}
