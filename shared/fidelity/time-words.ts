/**
 * Words of time span and period (Wochen, stundenlang, im Halbjahr, nachts / неделями, в первом
 * полугодии, летом, вечером): a closed class each language says a period with. A translator who adds a
 * duration ("dauern noch Wochen an") or drops a period ("в первом полугодии") changes the
 * claim; the mass balance misses it when a lexicon gap elsewhere leaves words on both sides. So
 * they are counted on their own, like the evaluative words: a time word one side leaves without
 * a counterpart, with no time word left unlinked on the other side (one the lexicon could not
 * pair with it), is an addition or an omission. Dates, weekdays and counted spans (drei Wochen)
 * are quantities (`numbers.ts`) and never reach here.
 */
import { WordClass } from './closed-classes';
import type { Side } from './correspond';
import { prefixLettersEnding } from './letters';
import { refOf, type FToken } from './tokens';
import type { FidelityFlag } from './types';

export const DE_TIME = new WordClass(`
tag tage tagen tages woche wochen monat monate monaten monats jahr jahre jahren jahres jahrzehnt jahrzehnte
jahrzehnten jahrzehnts jahrhundert jahrhunderte jahrhunderten stunde stunden minute minuten halbjahr halbjahres
halbjahr* quartal quartals quartale quartalen sommer sommers winter winters frühjahr frühjahrs frühling herbst
herbstes nacht nächte nächten nachts abend abende abends vormittag vormittags nachmittag nachmittags tagsüber
stundenlang* tagelang* wochenlang* monatelang* jahrelang* jahrzehntelang* minutenlang*
`);

export const RU_TIME = new WordClass(`
день дня дню днём днем дней дням днями дни сутки суток сутками неделя недели неделю неделе неделей недель
неделям неделями месяц месяца месяцу месяцем месяце месяцы месяцев месяцам месяцами год года году годом
годе годы годов годам годами лет десятилетие десятилетия десятилетию десятилетием десятилетии десятилетий
десятилетиями век века веке веков час часа часу часом часов часы часами минута минуты минуту минут минутами
полугодие полугодия полугодию полугодии квартал квартала квартале кварталов лето летом летний зима зимой
зиму весна весной весну осень осенью ночь ночью ночи вечер вечером вечера утро утром утра время
`);

/**
 * Any word that says a period, compounds and adverbs included (Vorjahr, täglich, Jahrestag /
 * полгода, ежегодно, двухнедельный): such a word left unlinked on the other side may be the
 * rendering, so none is flagged then.
 */
const DE_TIME_ANY = /(?:tag|täglich|woche|wöchentlich|monat|jahr|jährlich|stunde|stündlich|minute|quartal|sommer|winter|frühling|herbst|nacht|nächt|abend|mittag|morgen)/;
const RU_TIME_ANY = /(?:^дн|^ден|дневн|сут|недел|месяц|месяч|год|^лет|летн|час|минут|квартал|полугод|^зим|весн|осен|^лето|летом|^век|^ноч|ночн|^вечер|^утр|утренн)/;

/** Times of day (nachts, Abend, Sonntagabend, tagsüber / ночью, вечером, утром, в дневное время). */
const DE_DAY_TIME = /(?:nacht|nächt|abend|morgen|mittag|tagsüber)/;
const RU_DAY_TIME = /(?:^ноч|ночн|^вечер|^утр|утренн|дневн)/;

/** Words before a Russian time noun that belong to its phrase (в первом полугодии, за последние годы). */
const RU_TIME_PREPOSITION = new Set('в во на за с со до после через течение'.split(' '));
/** /^\p{L}+(?:ом|ем|…)$/u without its \p{L} regex (letters.ts). */
const RU_ATTRIBUTE = prefixLettersEnding([''], 1, 'ом ем ой ей ые ие ий ый ую юю ых их ого его ое ее'.split(' '));
/** German words before a time word that belong to it (noch Wochen, seit Jahren, im ersten Halbjahr). */
const DE_TIME_LEAD = new Set('noch seit für über im in am binnen innerhalb während'.split(' '));

/**
 * Time words left without a counterpart on one side only. `deLinked` / `ruLinked` say whether
 * a word has one (a dictionary pair, the context, the frame).
 */
export function timeWordFlags(de: Side, ru: Side, deLinked: (i: number) => boolean, ruLinked: (i: number) => boolean): FidelityFlag[] {
  // время is a time of day only after an adjective of one (в дневное время, в ночное время =
  // tagsüber, nachts); в настоящее время, в последнее время say "now", "lately".
  const free = (side: Side, cls: WordClass, linked: (i: number) => boolean) =>
    side.toks.filter(
      (t: FToken) =>
        t.kind === 'word' && side.role[t.i] === 'content' && cls.has(t.lower) && !linked(t.i) && (t.lower !== 'время' || RU_DAY_TIME.test(side.toks[t.i - 1]?.lower ?? '')),
    );
  // A time of day may hide in a linked compound (Sonntagabend / в воскресенье вечером): one said
  // anywhere on the other side renders it.
  const saysDayTime = (side: Side, re: RegExp) => side.toks.some((t) => t.kind === 'word' && re.test(t.lower));
  const deDayTime = saysDayTime(de, DE_DAY_TIME);
  const ruDayTime = saysDayTime(ru, RU_DAY_TIME);
  const d = free(de, DE_TIME, deLinked).filter((t) => !(ruDayTime && DE_DAY_TIME.test(t.lower)));
  const r = free(ru, RU_TIME, ruLinked).filter((t) => !(deDayTime && (RU_DAY_TIME.test(t.lower) || t.lower === 'время')));
  const anyLeft = (side: Side, re: RegExp, linked: (i: number) => boolean) =>
    side.toks.some((t) => t.kind === 'word' && side.role[t.i] === 'content' && !linked(t.i) && re.test(t.lower));
  if ((d.length && anyLeft(ru, RU_TIME_ANY, ruLinked)) || (r.length && anyLeft(de, DE_TIME_ANY, deLinked))) return [];
  const out: FidelityFlag[] = [];
  for (const t of d) {
    const lead = de.toks[t.i - 1];
    const words = lead && lead.clause === t.clause && DE_TIME_LEAD.has(lead.lower) ? [lead, t] : [t];
    out.push({ kind: 'addition', reason: 'addition-words', status: 'defect', german: words.map(refOf), russian: [], confidence: 0.65 });
  }
  for (const t of r) {
    const words = [t];
    for (let k = t.i - 1; k >= 0 && k >= t.i - 3; k--) {
      const x = ru.toks[k]!;
      if (x.clause !== t.clause || x.kind !== 'word') break;
      if (RU_TIME_PREPOSITION.has(x.lower)) {
        words.unshift(x);
        break;
      }
      if (ruLinked(k) || !RU_ATTRIBUTE.test(x.lower)) break;
      words.unshift(x);
    }
    out.push({ kind: 'omission', reason: 'omission-words', status: 'defect', german: [], russian: words.map(refOf), confidence: 0.65 });
  }
  return out;
}
