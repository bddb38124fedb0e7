/**
 * A small subset of ICU MessageFormat: `{name}` fills a parameter; `{n, plural, =0 {none}
 * one {# row} few {# rows} many {# rows} other {# rows}}` picks a branch with Intl.PluralRules
 * of the language (an `=N` branch first), `#` standing for the number. Branches may hold
 * further placeholders. Numbers are formatted for the language.
 */

export type Params = Record<string, string | number>;

/** Index of the `}` closing the `{` at `open`; -1 when unbalanced. */
function closing(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    if (s[i] === '{') depth++;
    else if (s[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

export interface PluralBlock {
  name: string;
  /** Selector (`one`, `few`, `=0`, ...) -> branch text. */
  branches: Map<string, string>;
}

/** Parses `name, plural, sel {text} sel {text}`; null when the placeholder is a plain one. */
export function parsePlural(inner: string): PluralBlock | null {
  const m = /^\s*(\w+)\s*,\s*plural\s*,/.exec(inner);
  if (!m) return null;
  const branches = new Map<string, string>();
  let i = m[0].length;
  while (i < inner.length) {
    const sel = /^\s*(=\d+|\w+)\s*/.exec(inner.slice(i));
    if (!sel) break;
    const open = i + sel[0].length;
    if (inner[open] !== '{') break;
    const close = closing(inner, open);
    if (close < 0) break;
    branches.set(sel[1]!, inner.slice(open + 1, close));
    i = close + 1;
  }
  return { name: m[1]!, branches };
}

/** Every placeholder of a template, plain and plural, with plural blocks (for checks). */
export function placeholders(template: string): { names: string[]; plurals: PluralBlock[] } {
  const names = new Set<string>();
  const plurals: PluralBlock[] = [];
  const walk = (s: string) => {
    for (let i = 0; i < s.length; i++) {
      if (s[i] !== '{') continue;
      const close = closing(s, i);
      if (close < 0) return;
      const inner = s.slice(i + 1, close);
      const p = parsePlural(inner);
      if (p) {
        names.add(p.name);
        plurals.push(p);
        for (const b of p.branches.values()) walk(b);
      } else names.add(inner.trim());
      i = close;
    }
  };
  walk(template);
  return { names: [...names].sort(), plurals };
}

export interface Formatter {
  plural: Intl.PluralRules;
  number: Intl.NumberFormat;
}

export function formatMessage(template: string, params: Params | undefined, f: Formatter): string {
  if (!template.includes('{')) return template;
  let out = '';
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf('{', i);
    if (open < 0) {
      out += template.slice(i);
      break;
    }
    out += template.slice(i, open);
    const close = closing(template, open);
    if (close < 0) {
      out += template.slice(open);
      break;
    }
    const inner = template.slice(open + 1, close);
    const p = parsePlural(inner);
    if (p) {
      const v = params?.[p.name];
      const n = typeof v === 'number' ? v : Number(v);
      if (v === undefined || !Number.isFinite(n)) out += `{${inner}}`;
      else {
        const branch = p.branches.get(`=${n}`) ?? p.branches.get(f.plural.select(n)) ?? p.branches.get('other') ?? '';
        out += formatMessage(branch.replace(/#/g, f.number.format(n)), params, f);
      }
    } else {
      const v = params?.[inner.trim()];
      out += v === undefined ? `{${inner}}` : typeof v === 'number' ? f.number.format(v) : v;
    }
    i = close + 1;
  }
  return out;
}
