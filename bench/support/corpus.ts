import { rng } from '../../test/fixtures/formats/generate';

/**
 * A synthetic Russian-German memory for benchmarks: invented words built from syllables over
 * the whole alphabet, drawn with a Zipf-like skew so that common words are very common (as in
 * real text) and the tail is long; numbers and guillemets now and then. Deterministic per seed,
 * so every run measures the same memory.
 */
export interface Corpus {
  rand(): number;
  pick<T>(xs: readonly T[]): T;
  /** One sentence pair [ru, de]. */
  sentencePair(): [string, string];
  /** A fuzzy variant of a stored sentence: one word dropped, one replaced. */
  mutate(s: string): string;
}

const RU_FUNC = ['и', 'в', 'не', 'на', 'что', 'с', 'по', 'как', 'это', 'он', 'она', 'о', 'к', 'за', 'из'];
const DE_FUNC = ['der', 'die', 'und', 'in', 'den', 'nicht', 'das', 'mit', 'zu', 'sich', 'auf', 'für', 'ist', 'dem', 'ein'];

export function createCorpus(seed = 20261127): Corpus {
  const rand = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const vocabulary = (syl: readonly string[], size: number, minSyl: number, maxSyl: number): string[] => {
    const words = new Set<string>();
    while (words.size < size) {
      const n = minSyl + Math.floor(rand() * (maxSyl - minSyl + 1));
      let w = '';
      for (let i = 0; i < n; i++) w += pick(syl);
      words.add(w);
    }
    return [...words];
  };
  // Syllables from the whole alphabet (onset + vowel, sometimes a coda), weighted towards the
  // frequent letters, so that the words have a trigram variety close to real text.
  const syllables = (onsets: string, vowels: string, codas: string, extra: readonly string[]): string[] => {
    const list: string[] = [...extra];
    for (const o of onsets)
      for (const v of vowels) {
        list.push(o + v); // repeated letters in `vowels` make their syllables more frequent
        for (const c of codas) if (rand() < 0.25) list.push(o + v + c);
      }
    return list;
  };
  const ruSyl = syllables('бвгдзклмнпрстчжшхцщф', 'ааааеееиииооооууыяяюэё', 'йнстлрк', ['ств', 'про', 'пре', 'тель', 'ость', 'ние', 'ая', 'ий', 'ого']);
  const deSyl = syllables('bdfghklmnprstwz', 'aaaeeeeeiiioouuäöü', 'nrstlchß', ['sch', 'ung', 'keit', 'lich', 'ver', 'ge', 'ein', 'ie', 'au', 'ei', 'tz', 'ck']);
  const ruVocab = vocabulary(ruSyl, 30_000, 1, 4);
  const deVocab = vocabulary(deSyl, 30_000, 1, 4);
  const zipf = (n: number) => Math.min(n - 1, Math.floor(Math.exp(rand() * Math.log(n + 1)) - 1));
  const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

  const sentencePair = (): [string, string] => {
    const len = 5 + Math.floor(rand() * 14);
    const ru: string[] = [];
    const de: string[] = [];
    for (let i = 0; i < len; i++) {
      if (rand() < 0.3) {
        ru.push(pick(RU_FUNC));
        de.push(pick(DE_FUNC));
      } else {
        const k = zipf(ruVocab.length);
        ru.push(ruVocab[k]!);
        de.push(deVocab[k]!);
      }
    }
    if (rand() < 0.2) {
      const n = String(Math.floor(rand() * 10_000));
      ru.splice(Math.floor(rand() * ru.length), 0, n);
      de.splice(Math.floor(rand() * de.length), 0, n);
    }
    if (rand() < 0.15) {
      const at = Math.floor(rand() * (ru.length - 2));
      ru[at] = `«${ru[at]}`;
      ru[at + 1] = `${ru[at + 1]}»`;
      de[at] = `„${de[at]}`;
      de[at + 1] = `${de[at + 1]}“`;
    }
    const end = pick(['.', '.', '.', '?', '!', '…']);
    return [cap(ru.join(' ')) + end, cap(de.join(' ')) + end];
  };

  const mutate = (s: string): string => {
    const words = s.split(' ');
    if (words.length > 4) words.splice(1 + Math.floor(rand() * (words.length - 2)), 1);
    const at = Math.floor(rand() * words.length);
    words[at] = ruVocab[zipf(ruVocab.length)]!;
    return words.join(' ');
  };

  return { rand, pick, sentencePair, mutate };
}
