import { describe, expect, it } from 'vitest';
import { appDefects } from '../../support/fidelity-rules';

// Names and noun phrases (method step 13 of shared/fidelity/README.md), with the app's matcher.
const defects = appDefects;

describe('fidelity names: descriptions and regions are no missing names', () => {
  it.each([
    ['a capitalised common adjective opening an institution (Следственный комитет)', 'Der Fall liegt jetzt beim Ermittlungskomitee.', 'Дело теперь находится в Следственном комитете.'],
    ['an institution adjective made from a known noun (Таможенная служба)', 'Nach Angaben des Zolls wurden drei Lastwagen gestoppt.', 'По данным Таможенной службы, были остановлены три грузовика.'],
    ['a German region compound of direction and name (Nordkaukasus)', 'Im Nordkaukasus hat es stark geschneit.', 'На Северном Кавказе прошли сильные снегопады.'],
    ['a two-word place name for its adjective (Nischni Tagil / Нижнетагильский)', 'Das Werk in Nischni Tagil stellt Waggons her.', 'Нижнетагильский завод выпускает вагоны.'],
    ['a two-word place name for its adjective (Welikije Luki / Великолукский район)', 'Im Kreis Welikije Luki wurde eine Schule eröffnet.', 'В Великолукском районе открыли школу.'],
    ['Westsibirien / Западная Сибирь', 'In Westsibirien wurden neue Ölfelder entdeckt.', 'В Западной Сибири открыты новые нефтяные месторождения.'],
  ] as const)('%s', (_name, german, russian) => {
    expect(defects(german, russian).filter((f) => f.kind === 'name')).toEqual([]);
  });

  it.each([
    ['a newspaper title in quotation marks stays a name', 'Die Zeitung hat als erste darüber berichtet.', 'Первой об этом сообщила газета «Северный вестник».'],
    ['another region beside a direction compound', 'Im Nordkaukasus hat es stark geschneit.', 'На Северном Урале прошли сильные снегопады.'],
    ['another two-word place for a place adjective', 'Das Werk in Nischni Tagil stellt Waggons her.', 'Нижегородский завод выпускает вагоны.'],
    ['an unknown capitalised adjective stays a name', 'Der Zug fährt bis zur Grenze.', 'Поезд идёт до Заречного переезда.'],
  ] as const)('still flags: %s', (_name, german, russian) => {
    expect(defects(german, russian).some((f) => f.kind === 'name' || f.kind === 'omission'), JSON.stringify(defects(german, russian))).toBe(true);
  });
});

describe('fidelity phrases: a compound renders a genitive plural in -ий', () => {
  it('links a compound to its head noun and an adjective + genitive plural in -ий after it', () => {
    expect(defects('Das Theater hat den Kritikerpreis gewonnen.', 'Театр получил приз театральных критиков.')).toEqual([]);
    expect(defects('Der Sänger bekam den Zuschauerpreis.', 'Певец получил приз зрительских симпатий.')).toEqual([]);
  });

  it('still reports a genitive phrase dropped after a noun that no compound renders', () => {
    expect(defects('Der Sänger bekam einen Preis.', 'Певец получил приз зрительских симпатий.').map((f) => f.kind)).toContain('omission');
  });
});
