/**
 * Words for the parts of a town (Innenstadt, Altstadt, Vororte, Stadtrand / центр, окраина,
 * пригород): a small closed class by which either language places an event. Like the time words
 * (`time-words.ts`), a place word one side leaves without a counterpart, with no place word left
 * unlinked on the other side, is an addition or an omission, even where lexicon gaps elsewhere
 * leave words on both sides that the mass balance weighs against it.
 */
import { WordClass } from './closed-classes';
import type { Correspondence, Side } from './correspond';
import { refOf } from './tokens';
import type { FidelityFlag } from './types';

const DE_PLACE = new WordClass(`
innenstadt altstadt stadtzentrum stadtmitte stadtrand stadträndern vorort vororte vororten vororts stadtteil stadtteile stadtteilen
`);
const RU_PLACE = new WordClass(`
окраина окраине окраину окраины окраинах окраинам пригород пригорода пригороде пригороды пригородах пригородов пригородам
`);
/** Any word that may render one (Zentrum, Umland / центр, пригородный, район, городской). */
const DE_PLACE_ANY = /(?:stadt|zentrum|vorort|umland|viertel|bezirk|rand|kern)/;
const RU_PLACE_ANY = /(?:центр|окраин|пригород|район|город|квартал|посёлк|поселк|слобод)/;
/** Words before a German place word that belong to it (in der Innenstadt, am Stadtrand). */
const DE_PLACE_LEAD = new Set('in im am an der den dem die des aus vom zum'.split(' '));
const RU_PLACE_LEAD = new Set('в на из с со по к'.split(' '));

/**
 * Place words left without a counterpart on one side only. `deRendered` / `ruLinked` say whether
 * a word has one (a dictionary pair, the context, the frame).
 */
export function placeWordFlags(de: Side, ru: Side, c: Correspondence, deRendered: (i: number) => boolean, ruLinked: (i: number) => boolean): FidelityFlag[] {
  // A German place word that only shares the Russian word another German word renders
  // (Altstadt beside Stadt / город) renders nothing of its own.
  const partnersOfOthers = (i: number) => new Set([...c.deTo].filter(([k]) => k !== i).flatMap(([, ps]) => ps));
  const deLinked = (i: number) => deRendered(i) && !(c.deTo.get(i)?.length && c.deTo.get(i)!.every((p) => partnersOfOthers(i).has(p)));
  const free = (side: Side, cls: WordClass, linked: (i: number) => boolean) =>
    side.toks.filter((t) => t.kind === 'word' && side.role[t.i] === 'content' && cls.has(t.lower) && !linked(t.i));
  const anyLeft = (side: Side, re: RegExp, linked: (i: number) => boolean) =>
    side.toks.some((t) => t.kind === 'word' && side.role[t.i] === 'content' && re.test(t.lower) && !linked(t.i));
  const d = free(de, DE_PLACE, deLinked);
  const r = free(ru, RU_PLACE, ruLinked);
  if ((d.length && anyLeft(ru, RU_PLACE_ANY, ruLinked)) || (r.length && anyLeft(de, DE_PLACE_ANY, deLinked))) return [];
  const withLead = (side: Side, i: number, lead: ReadonlySet<string>) => {
    let k = i;
    while (k > 0 && i - k < 2 && side.toks[k - 1]!.clause === side.toks[i]!.clause && lead.has(side.toks[k - 1]!.lower)) k--;
    return side.toks.slice(k, i + 1).map(refOf);
  };
  return [
    ...d.map((t): FidelityFlag => ({ kind: 'addition', reason: 'addition-words', status: 'defect', german: withLead(de, t.i, DE_PLACE_LEAD), russian: [], confidence: 0.65 })),
    ...r.map((t): FidelityFlag => {
      // A name in the genitive after it (на окраине Твери) is part of the place dropped.
      const words = withLead(ru, t.i, RU_PLACE_LEAD);
      for (let k = t.i + 1; k < ru.toks.length && ru.toks[k]!.clause === t.clause && ru.toks[k]!.kind === 'word' && ru.toks[k]!.cap && !ruLinked(k); k++) words.push(refOf(ru.toks[k]!));
      return { kind: 'omission', reason: 'omission-words', status: 'defect', german: [], russian: words, confidence: 0.65 };
    }),
  ];
}
