/**
 * Russian state agencies of police, investigation, courts, rescue and supervision, which German
 * reporting renders by what they do rather than by their letters (СК / Ermittlungskomitee,
 * Госавтоинспекция / Verkehrspolizei, Росздравнадзор / Gesundheitsaufsicht). Used by `names.ts`
 * (a German description is the agency's exonym) and by the step-31 rules of `incidents.ts` (one
 * agency named where the other side names another).
 */

/**
 * Agencies: an id, Russian keys (lower-case prefixes; keys of up to three letters only whole or
 * with a case ending, as in `names.ts`) and German stems (prefixes of lower-case words; up to
 * three letters whole). The common nouns (полиция, прокуратура) are listed only to tell one
 * agency from another; `names.ts` takes the acronyms and proper names (`proper`).
 */
interface Agency {
  id: string;
  ru: readonly string[];
  de: readonly string[];
  /** The Russian keys that are names (acronyms, Рос- names), not common nouns. */
  proper: readonly string[];
}

const AGENCIES: readonly Agency[] = [
  { id: 'investigation', ru: ['ск', 'скр'], de: ['ermittlungskomitee', 'ermittlungsbehörde', 'ermittler'], proper: ['ск', 'скр'] },
  { id: 'traffic-police', ru: ['госавтоинспекци', 'гибдд', 'гаи', 'дпс'], de: ['verkehrspolizei', 'verkehrspolizist', 'straßenpolizei', 'verkehrsinspektion'], proper: ['госавтоинспекци', 'гибдд', 'гаи', 'дпс'] },
  { id: 'police', ru: ['полици', 'полицейск'], de: ['polizei', 'polizist'], proper: [] },
  { id: 'prosecution', ru: ['прокуратур', 'прокурор', 'генпрокуратур'], de: ['staatsanwalt', 'generalstaatsanwalt', 'anklagebehörde'], proper: [] },
  { id: 'emergencies', ru: ['мчс', 'спасател'], de: ['katastrophenschutz', 'zivilschutz', 'rettungsdienst', 'rettungskräft', 'retter'], proper: ['мчс'] },
  { id: 'security', ru: ['фсб'], de: ['fsb', 'inlandsgeheimdienst', 'geheimdienst'], proper: ['фсб'] },
  { id: 'prisons', ru: ['фсин'], de: ['strafvollzug', 'gefängnisbehörde', 'justizvollzug'], proper: ['фсин'] },
  { id: 'bailiffs', ru: ['фссп', 'пристав'], de: ['gerichtsvollzieher'], proper: ['фссп'] },
  { id: 'national-guard', ru: ['росгварди'], de: ['nationalgarde'], proper: ['росгварди'] },
];

/**
 * Supervisory agencies named Рос…надзор (Росздравнадзор, Росприроднадзор, Ростехнадзор): German
 * calls each by its field and a word of supervision (Gesundheitsaufsicht, Umweltaufsicht,
 * Aufsichtsbehörde), so any such German word renders any such Russian name; which field is meant
 * is the lexicon's business, not a name's.
 */
const RU_SUPERVISION = /^рос[а-яё]*надзор/;
const DE_SUPERVISION = /(?:aufsicht|aufsichtsbehörde|aufsichtsamt|aufsichtsdienst|überwachungsbehörde|kontrollbehörde)(?:s|en)?$/;

const RU_CASE_ENDING = /^(?:а|у|ом|е|ы|ой|ам|ах|ами)?$/;

function ruKeyIn(ru: string, keys: readonly string[]): boolean {
  for (const k of keys) if (k.length > 3 ? ru.startsWith(k) : ru.startsWith(k) && RU_CASE_ENDING.test(ru.slice(k.length))) return true;
  return false;
}

function deKeyIn(de: string, keys: readonly string[]): boolean {
  for (const k of keys) if (k.length <= 3 ? de === k : de.startsWith(k)) return true;
  return false;
}

const nameCache = new Map<string, boolean>();

/** Whether a Russian word (lower case) is the name of an agency this list knows (memoised). */
export function isAgencyName(ru: string): boolean {
  let yes = nameCache.get(ru);
  if (yes === undefined) {
    yes = RU_SUPERVISION.test(ru) || AGENCIES.some((a) => ruKeyIn(ru, a.proper));
    if (nameCache.size > 20_000) nameCache.clear();
    nameCache.set(ru, yes);
  }
  return yes;
}

/** Whether a German word (lower case) renders a Russian agency name (lower case) by description. */
export function agencyNameMatch(de: string, ru: string): boolean {
  if (!isAgencyName(ru)) return false;
  if (RU_SUPERVISION.test(ru)) return DE_SUPERVISION.test(de);
  for (const a of AGENCIES) if (ruKeyIn(ru, a.proper) && deKeyIn(de, a.de)) return true;
  return false;
}

/**
 * The agency a Russian word names or heads (полиция, СК, прокуратура), or undefined; `next` is
 * the following word (Следственный комитет is the investigators' agency, следственный изолятор
 * is none).
 */
export function ruAgency(ru: string, next = ''): string | undefined {
  if (RU_SUPERVISION.test(ru)) return 'supervision';
  if (ru.startsWith('следственн') && next.startsWith('комитет')) return 'investigation';
  for (const a of AGENCIES) if (ruKeyIn(ru, a.ru)) return a.id;
  return undefined;
}

/** The agency a German word names (Polizei, Ermittlungskomitee, Staatsanwaltschaft), or undefined. */
export function deAgency(de: string): string | undefined {
  if (DE_SUPERVISION.test(de)) return 'supervision';
  // Verkehrspolizei before Polizei: the longer description wins.
  for (const a of AGENCIES) if (deKeyIn(de, a.de)) return a.id;
  return undefined;
}

