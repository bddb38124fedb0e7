import { Parser } from 'htmlparser2';
import { SverkaError } from '../../../shared/errors';
import { MAX_DOCUMENT_DEPTH } from '../../../shared/limits';

/** Elements whose content is never document text. */
const DROP = new Set([
  'script', 'style', 'noscript', 'template', 'nav', 'aside', 'form', 'button', 'select', 'option', 'textarea',
  'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'video', 'audio', 'head', 'title', 'menu', 'dialog',
]);
/** Page chrome that is dropped unless it is the only content. */
const CHROME = new Set(['header', 'footer']);
/** Elements that start and end a paragraph. */
const BLOCK = new Set([
  'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'table',
  'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'caption', 'figure', 'figcaption', 'article', 'section', 'main',
  'header', 'footer', 'address', 'hr', 'body', 'html', 'center', 'details', 'summary', 'fieldset', 'legend',
]);
const VOID = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'area', 'base', 'col', 'embed', 'source', 'track', 'wbr']);

/** The charset an HTML document declares in a `<meta>` tag, if any (from its first bytes). */
export function sniffHtmlCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head);
  return m?.[1]?.toLowerCase() ?? null;
}

interface Node {
  name: string;
  children: Array<Node | string>;
  /** Boilerplate by its ARIA role, class/id or hidden attribute (menus, cookie banners, share bars). */
  chrome?: boolean;
  /** Not shown by a browser (`hidden`, `display: none`, `visibility: hidden`): dropped everywhere, the article included. */
  invisible?: boolean;
}

const CHROME_ROLE = /^(?:navigation|banner|contentinfo|complementary|search|menu|menubar|dialog|alert)$/i;
const CHROME_CLASS = /(?:^|[\s_-])(?:nav|navbar|navigation|menu|footer|sidebar|breadcrumbs?|cookies?|consent|share|sharing|social|comments?|advert|ads?|banner|related|promo|newsletter|subscribe|skip-link|sr-only|visually-hidden)(?:$|[\s_-])/i;

function isChrome(name: string, attrs: Record<string, string>): boolean {
  if ('hidden' in attrs || attrs['aria-hidden'] === 'true') return true;
  if (attrs['role'] && CHROME_ROLE.test(attrs['role'])) return true;
  if (name === 'article' || name === 'main' || name === 'body' || name === 'html') return false;
  return CHROME_CLASS.test(`${attrs['class'] ?? ''} ${attrs['id'] ?? ''}`);
}

const INVISIBLE_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;

function isInvisible(attrs: Record<string, string>): boolean {
  return 'hidden' in attrs || INVISIBLE_STYLE.test(attrs['style'] ?? '');
}

/**
 * Extracts the readable text of an HTML page: the `<article>` (or `<main>`, or the body
 * without header/footer) with its paragraphs separated by blank lines; scripts, styles,
 * navigation and forms are dropped, entities decoded, inline whitespace collapsed (NBSP
 * kept), `<br>` kept as a line break. Throws PARSE_ERROR when the page has no body content.
 */
export function htmlToText(html: string): string {
  const root: Node = { name: '#root', children: [] };
  const stack: Node[] = [root];
  let sawBody = false;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const n = name.toLowerCase();
        if (n === 'body') sawBody = true;
        const node: Node = { name: n, children: [] };
        if (isChrome(n, attrs)) node.chrome = true;
        if (isInvisible(attrs)) node.invisible = true;
        (stack[stack.length - 1] as Node).children.push(node);
        if (VOID.has(n)) return;
        // The tree is walked recursively; real pages stay far below this depth.
        if (stack.length > MAX_DOCUMENT_DEPTH) {
          throw new SverkaError('TOO_DEEP', `The HTML page nests elements more than ${MAX_DOCUMENT_DEPTH} levels deep; Sverka does not read it.`, { limit: MAX_DOCUMENT_DEPTH });
        }
        stack.push(node);
      },
      ontext(t) {
        (stack[stack.length - 1] as Node).children.push(t);
      },
      onclosetag(name, implied) {
        const n = name.toLowerCase();
        if (VOID.has(n)) return;
        for (let i = stack.length - 1; i > 0; i--) {
          if ((stack[i] as Node).name === n) {
            stack.length = i;
            return;
          }
        }
        void implied;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();

  const find = (node: Node, name: string, out: Node[]): Node[] => {
    for (const c of node.children) {
      if (typeof c === 'string') continue;
      if (c.name === name) out.push(c);
      else if (!DROP.has(c.name)) find(c, name, out);
    }
    return out;
  };
  const textLength = (node: Node): number =>
    node.children.reduce<number>((s, c) => s + (typeof c === 'string' ? c.trim().length : DROP.has(c.name) ? 0 : textLength(c)), 0);
  const articles = find(root, 'article', []);
  const mains = find(root, 'main', []);
  let scope: Node = root;
  let dropChrome = true;
  if (articles.length > 0) {
    scope = articles.reduce((a, b) => (textLength(b) > textLength(a) ? b : a));
    dropChrome = false;
  } else if (mains.length > 0) {
    scope = mains[0] as Node;
    dropChrome = false;
  } else {
    const bodies = find(root, 'body', []);
    if (bodies.length > 0) scope = bodies[0] as Node;
  }

  const out: string[] = [];
  let line = '';
  const endParagraph = (): void => {
    const t = line.replace(/^[ \t\n\r\f]+|[ \t\n\r\f]+$/g, '');
    if (t !== '') out.push(t);
    line = '';
  };
  const walk = (node: Node, pre: boolean, chrome: boolean): void => {
    for (const c of node.children) {
      if (typeof c === 'string') {
        line += pre ? c : c.replace(/[ \t\n\r\f]+/g, ' ');
        continue;
      }
      if (DROP.has(c.name) || c.invisible) continue;
      if (chrome && (CHROME.has(c.name) || c.chrome)) continue;
      if (c.name === 'br') {
        line = line.replace(/[ \t]+$/, '') + '\n';
        continue;
      }
      const block = BLOCK.has(c.name);
      if (block) endParagraph();
      walk(c, pre || c.name === 'pre', chrome);
      if (block) endParagraph();
      else if (c.name === 'img' || c.name === 'td' || c.name === 'th') line += ' ';
    }
  };
  walk(scope, false, dropChrome);
  endParagraph();
  if (out.length === 0 && dropChrome) {
    walk(scope, false, false);
    endParagraph();
  }
  // Collapse the space after a line break that inline whitespace left behind.
  const text = out.map((p) => p.replace(/ ?\n ?/g, '\n').replace(/ {2,}/g, ' ')).join('\n\n');
  if (text.trim() === '') {
    if (!sawBody) throw new SverkaError('PARSE_ERROR', 'The HTML file has no body: there is no article text to import.');
    throw new SverkaError('EMPTY_INPUT', 'The HTML page contains no text.');
  }
  return text;
}
