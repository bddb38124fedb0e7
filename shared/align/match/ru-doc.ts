import type { Quote } from '../../text/quotes';
import type { Span } from '../../types';
import { matchTokens, type MatchToken } from './tokens';

/** What lies between token i - 1 and token i (the strongest mark wins). */
export const Gap = {
  None: 0,
  /** , ; : ( ) – — and quotation marks */
  Clause: 1,
  /** . ! ? … or a line end inside a paragraph */
  Sentence: 2,
  /** A blank line: a window never crosses it. */
  Paragraph: 3,
} as const;
export type Gap = (typeof Gap)[keyof typeof Gap];

/**
 * The Russian original, indexed once for every quotation searched in it: its tokens, where
 * each stem, cognate key prefix and number occurs, the marks between tokens and the «…»
 * quotations each token lies in.
 */
export class RuDoc {
  readonly tokens: MatchToken[];
  /** gap[i]: the mark between token i - 1 and token i (see Gap). */
  readonly gap: Uint8Array;
  /** Index (into `quotes`) of the innermost Russian quotation holding token i, -1 for none. */
  readonly quoteOf: Int32Array;
  /** Top-level Russian quotations (spans inside the marks). */
  readonly quotes: readonly Quote[];
  /** Sentence number of token i (counted at sentence ends and blank lines). */
  readonly sentOf: Int32Array;
  /** Paragraph number of token i. */
  readonly paraOf: Int32Array;
  /** Content weight of token i (0 for function words): rarer in the document, heavier. */
  readonly weight: Float64Array;
  /** Prefix sums of `weight` (length n + 1). */
  readonly weightSum: Float64Array;
  private readonly byStem = new Map<string, number[]>();
  private readonly byKey = new Map<string, number[]>();
  private readonly byBare = new Map<string, number[]>();
  private byInfix: Map<string, number[]> | null = null;
  private sortedStems: string[] | null = null;

  constructor(
    readonly text: string,
    quotes: readonly Quote[],
    paragraphs: readonly Span[],
  ) {
    const tokens = matchTokens(text, 'ru');
    this.tokens = tokens;
    this.quotes = quotes;
    const n = tokens.length;
    this.gap = new Uint8Array(n);
    this.quoteOf = new Int32Array(n).fill(-1);
    this.sentOf = new Int32Array(n);
    this.paraOf = new Int32Array(n);
    let p = 0;
    let q = 0;
    const open: number[] = [];
    for (let i = 0; i < n; i++) {
      const t = tokens[i] as MatchToken;
      if (i > 0) this.gap[i] = gapBetween(text, (tokens[i - 1] as MatchToken).end, t.start);
      while (p < paragraphs.length && (paragraphs[p] as Span).end <= t.start) p++;
      if (i > 0 && p < paragraphs.length && (paragraphs[p] as Span).start > (tokens[i - 1] as MatchToken).start) this.gap[i] = Gap.Paragraph;
      if (i > 0) {
        this.sentOf[i] = (this.sentOf[i - 1] ?? 0) + ((this.gap[i] ?? 0) >= Gap.Sentence ? 1 : 0);
        this.paraOf[i] = (this.paraOf[i - 1] ?? 0) + (this.gap[i] === Gap.Paragraph ? 1 : 0);
      }
      // Quotations in document order, nested ones after the one around them: the open ones
      // form a stack, and the innermost holding the token is its top.
      while (q < quotes.length && (quotes[q] as Quote).start <= t.start) open.push(q++);
      while (open.length && (quotes[open[open.length - 1] as number] as Quote).end <= t.start) open.pop();
      const top = open[open.length - 1];
      if (top !== undefined && t.end <= (quotes[top] as Quote).end) this.quoteOf[i] = top;
      push(this.byStem, t.stem, i);
      if (t.key.length >= 4) push(this.byKey, t.key.slice(0, 4), i);
      const bare = bareStem(t.stem);
      if (bare) push(this.byBare, bare, i);
    }
    this.weight = new Float64Array(n);
    this.weightSum = new Float64Array(n + 1);
    for (let i = 0; i < n; i++) {
      const t = tokens[i] as MatchToken;
      const df = this.byStem.get(t.stem)?.length ?? 1;
      // Words repeated all over the document (the topic, the speaker) tell places apart less.
      this.weight[i] = t.stop ? 0 : 1 / Math.sqrt(Math.max(1, df / 4));
      this.weightSum[i + 1] = (this.weightSum[i] ?? 0) + (this.weight[i] ?? 0);
    }
  }

  /** Positions of the tokens with this stem. */
  withStem(stem: string): readonly number[] {
    return this.byStem.get(stem) ?? [];
  }

  /** Positions of the tokens whose cognate key starts with these four letters. */
  withKeyPrefix(prefix4: string): readonly number[] {
    return this.byKey.get(prefix4) ?? [];
  }

  /** Positions of the tokens whose stem is `stem` behind a verbal prefix (по|тороп, за|планир). */
  withBareStem(stem: string): readonly number[] {
    return this.byBare.get(stem) ?? [];
  }

  /** Positions of the long tokens whose cognate key holds these five letters after its start. */
  withKeyInfix(gram5: string): readonly number[] {
    if (!this.byInfix) {
      const m = new Map<string, number[]>();
      this.tokens.forEach((t, i) => {
        const seen = new Set<string>();
        for (let p = 2; p + 5 <= t.key.length; p++) {
          const g = t.key.slice(p, p + 5);
          if (!seen.has(g)) {
            seen.add(g);
            push(m, g, i);
          }
        }
      });
      this.byInfix = m;
    }
    return this.byInfix.get(gram5) ?? [];
  }

  /**
   * Stems of the document that extend `stem` by at most `extra` letters (a lexicon's noun stem
   * санкц finds санкцион, the adjective's stem), `stem` itself included when present.
   */
  stemsExtending(stem: string, extra: number): string[] {
    const sorted = (this.sortedStems ??= [...this.byStem.keys()].sort());
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((sorted[mid] as string) < stem) lo = mid + 1;
      else hi = mid;
    }
    const out: string[] = [];
    for (let k = lo; k < sorted.length; k++) {
      const s = sorted[k] as string;
      if (!s.startsWith(stem)) break;
      if (s.length - stem.length <= extra) out.push(s);
    }
    return out;
  }

  /** Sum of the content weights of tokens a..b (inclusive). */
  weightOf(a: number, b: number): number {
    return (this.weightSum[b + 1] ?? 0) - (this.weightSum[a] ?? 0);
  }
}

// Verbal prefixes of Russian (longest first): perfective and derived verbs carry them, the
// lexicon often lists the plain verb.
const PREFIXES = ['пере', 'недо', 'воз', 'вос', 'раз', 'рас', 'про', 'при', 'под', 'пред', 'над', 'вы', 'по', 'за', 'на', 'до', 'от', 'об', 'из', 'ис', 'со', 'вз', 'с', 'у', 'о'];

/** The stem without its verbal prefix when four or more letters remain, else ''. */
function bareStem(stem: string): string {
  for (const p of PREFIXES) if (stem.startsWith(p) && stem.length - p.length >= 4) return stem.slice(p.length);
  return '';
}

function push(map: Map<string, number[]>, key: string, i: number): void {
  const l = map.get(key);
  if (l) l.push(i);
  else map.set(key, [i]);
}

function gapBetween(text: string, from: number, to: number): Gap {
  let g: number = Gap.None;
  for (let k = from; k < to; k++) {
    const c = text[k] as string;
    if (c === '\n') {
      // Two line ends with only spaces between: a blank line.
      const rest = text.slice(k + 1, to);
      if (/^[ \t\u00a0]*\n/.test(rest)) return Gap.Paragraph;
      g = Math.max(g, Gap.Sentence);
    } else if (c === '.' || c === '!' || c === '?' || c === '…') g = Math.max(g, Gap.Sentence);
    else if (c === ',' || c === ';' || c === ':' || c === '(' || c === ')' || c === '–' || c === '—' || c === '«' || c === '»' || c === '"' || c === '„' || c === '“') g = Math.max(g, Gap.Clause);
  }
  return g as Gap;
}
