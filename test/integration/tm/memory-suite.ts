import type { NewTmUnit } from '../../../shared/tm/types';

/**
 * The memory the lookup tests run on, shared by the local memory's tests and the suite that runs
 * the same checks against both stores (local SQLite and the team memory on PostgreSQL).
 */
export const ru = (source: string, target: string, extra: Partial<NewTmUnit> = {}): NewTmUnit => ({
  sourceLang: 'ru',
  targetLang: 'de',
  source,
  target,
  origin: 'human',
  reviewed: true,
  ...extra,
});

export const MEMORY: readonly NewTmUnit[] = Object.freeze([
  ru('Президент подписал указ о новых мерах поддержки.', 'Der Präsident unterzeichnete einen Erlass über neue Hilfsmaßnahmen.'),
  ru('Президент подписал указ о мерах поддержки.', 'Der Präsident unterzeichnete einen Erlass über Hilfsmaßnahmen.'),
  ru('Президент подписал закон.', 'Der Präsident unterzeichnete ein Gesetz.'),
  ru('Ёлка стоит на главной площади.', 'Der Tannenbaum steht auf dem Hauptplatz.'),
  ru('Да', 'Ja'),
  ru('Нет', 'Nein'),
  ru('Министр заявил, что переговоры продолжатся.', 'Der Minister erklärte, die Verhandlungen würden fortgesetzt.', { origin: 'machine', reviewed: false }),
  ru('Министр заявил, что переговоры продолжатся.', 'Der Minister sagte, die Gespräche gingen weiter.', { reviewed: false }),
  { sourceLang: 'de', targetLang: 'ru', source: 'Die Straße ist gesperrt.', target: 'Улица перекрыта.', origin: 'human', reviewed: true },
  { sourceLang: 'ru', targetLang: 'en', source: 'Президент подписал закон.', target: 'The president signed the law.', origin: 'human', reviewed: true },
]);

/** Bulk of unrelated units so that candidate selection has something to choose from. */
export const FILLER: readonly NewTmUnit[] = Object.freeze(
  Array.from({ length: 300 }, (_, i) => ru(`Отчёт номер ${i} опубликован в среду вечером.`, `Bericht Nummer ${i} wurde am Mittwochabend veröffentlicht.`)),
);

/** [what, query, target language, score of the best match, its target]. */
export const EXACT_CASES = [
  ['exact match scores 100', 'Президент подписал указ о новых мерах поддержки.', 'de', 100, 'Der Präsident unterzeichnete einen Erlass über neue Hilfsmaßnahmen.'],
  ['case and spacing only: 99', 'ПРЕЗИДЕНТ  подписал\u00A0указ о новых мерах поддержки.', 'de', 99, 'Der Präsident unterzeichnete einen Erlass über neue Hilfsmaßnahmen.'],
  ['е for ё is folded: 99', 'Елка стоит на главной площади.', 'de', 99, 'Der Tannenbaum steht auf dem Hauptplatz.'],
  ['short query, exact', 'Да', 'de', 100, 'Ja'],
  ['short query, case only', 'да', 'de', 99, 'Ja'],
  ['target language chooses the unit', 'Президент подписал закон.', 'en', 100, 'The president signed the law.'],
] as const;
