/**
 * Evaluative words: adjectives and adverbs that judge rather than describe (verheerend,
 * umstritten, schmerzhaft / разрушительный, спорный, болезненный). A translator who adds one
 * colours the quotation; one dropped softens it. The mass balance misses them when lexicon gaps
 * elsewhere leave unmatched words on both sides, and the attribute rule when the noun beside
 * them is a gap too, so they are counted on their own: an evaluative word one side leaves
 * without a counterpart, with no evaluative word left unlinked on the other side (one the
 * lexicon could not pair with it), is an addition or an omission.
 *
 * The lists are hand-written stems (a trailing * takes any ending), with a few stance adverbs
 * (vergeblich, leider / напрасно, к сожалению); they are closed enough for news language and deliberately leave out words that describe as often as they judge
 * (schwer, groß, hoch / тяжёлый, большой).
 */
import { WordClass } from './closed-classes';
import type { Correspondence, Side } from './correspond';
import { refOf, type FToken } from './tokens';
import type { FidelityFlag } from './types';

export const DE_EVALUATIVE = new WordClass(`
verheerend* katastrophal* desaströs* desolat* fatal* verhängnisvoll* tragisch* erschütternd* dramatisch*
schmerzhaft* schmerzlich* bitter* brutal* grausam* gewaltsam* blutig* rücksichtslos* skrupellos* schamlos*
umstritten* kontrovers* skandalös* berüchtigt* dubios* fragwürdig* zweifelhaft* heikl* heikel*
überraschend* unerwartet* plötzlich* beispiellos* historisch* spektakulär* sensationell* bahnbrechend*
bemerkenswert* beeindruckend* glänzend* hervorragend* mutig* tapfer* heldenhaft* feig* verzweifelt*
überfällig* überstürzt* chaotisch* marode* absurd* lächerlich* empörend* zynisch* aggressiv*
radikal* rigoros* gnadenlos* erbittert* hartnäckig* harsch* ehrgeizig* ambitioniert* schrecklich* furchtbar*
entsetzlich* grauenhaft* schändlich* beschämend* peinlich* kläglich* erstaunlich* verblüffend* großartig*
herausragend* fulminant* unmenschlich* barbarisch* verbrecherisch* unverantwortlich* unverschämt* dreist*
vergeblich* erfolglos* leider glücklicherweise endlich ausgerechnet
`);

export const RU_EVALUATIVE = new WordClass(`
разрушительн* опустошительн* катастрофическ* катастрофичн* плачевн* фатальн* роков* трагическ* трагичн*
драматическ* драматичн* болезненн* горьк* горек* жесток* жёстк* жестк* насильственн* кровав* безжалостн*
беспринципн* бессовестн* беззастенчив* спорн* противоречив* неоднозначн* скандальн* одиозн* печально*
сомнительн* щекотлив* деликатн* неожиданн* внезапн* беспрецедентн* историческ* сенсационн* грандиозн*
прорывн* примечательн* впечатляющ* блестящ* выдающ* смел* мужеств* отважн* героическ* трусл* отчаянн*
назревш* долгожданн* поспешн* хаотичн* аварийн* ветх* абсурдн* нелеп* смехотворн* возмутительн*
циничн* агрессивн* радикальн* ожесточённ* ожесточенн* упорн* небывал* невиданн* неслыханн* чудовищн* ужасн*
страшн* кошмарн* позорн* постыдн* вопиющ* бесчеловечн* варварск* зверск* жутк* удивительн* поразительн*
потрясающ* великолепн* замечательн* превосходн* провальн* бездарн* безответственн* преступн* дерзк* наглы*
наглог* наглое амбициозн* честолюбив* громк* ярк* яростн* беспощадн* непримирим* жалк* унизительн*
напрасн* тщетн* безуспешн* безрезультатн* сожалению счастью наконец
`);

/**
 * Evaluative words left without a counterpart on one side only. `deLinked` / `ruLinked` say
 * whether a word has one (a dictionary pair, the context, the frame).
 */
export function evaluativeFlags(de: Side, ru: Side, c: Correspondence, deLinked: (i: number) => boolean, ruLinked: (i: number) => boolean): FidelityFlag[] {
  // A word linked to an evaluative word on the other side is rendered; a word linked only to a
  // non-evaluative word (a weak dictionary sense) is rendered too: the lexicon vouches for it.
  const free = (side: Side, cls: WordClass, linked: (i: number) => boolean) =>
    side.toks.filter((t: FToken) => t.kind === 'word' && !t.cap && side.role[t.i] === 'content' && cls.has(t.lower) && !linked(t.i));
  const d = free(de, DE_EVALUATIVE, deLinked);
  const r = free(ru, RU_EVALUATIVE, ruLinked);
  const n = Math.min(d.length, r.length);
  const out: FidelityFlag[] = [];
  for (const t of d.slice(n)) out.push({ kind: 'addition', reason: 'addition-words', status: 'defect', german: [refOf(t)], russian: [], confidence: 0.7 });
  for (const t of r.slice(n)) {
    // Dropped evaluation only where the German has no word left that could render it.
    const deLeft = de.toks.some((x) => x.kind === 'word' && !x.cap && de.role[x.i] === 'content' && !deLinked(x.i) && !c.deInContext.has(x.i));
    if (!deLeft) out.push({ kind: 'omission', reason: 'omission-words', status: 'defect', german: [], russian: [refOf(t)], confidence: 0.65 });
  }
  return out;
}
