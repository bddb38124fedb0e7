import { describe, expect, it } from 'vitest';
import { appDefects } from '../../support/fidelity-rules';

// Rules of method step 17 of shared/fidelity/README.md, each with its own sentences, with the
// app's matcher.
const defects = appDefects;
const kinds = (german: string, russian: string) => [...new Set(defects(german, russian).map((f) => f.kind))].sort();

describe('a condition appended after a comma that the other side does not state', () => {
  it.each([
    ['если-clause dropped', 'Die Rentner bekommen ab Mai einen Zuschlag von 2.000 Rubel.', 'С мая пенсионеры будут получать доплату в 2 тыс. рублей, если живут в деревне.', 'omission'],
    ['falls-clause added', 'Das Konzert findet am Samstag im Park statt, falls es nicht regnet.', 'Концерт пройдёт в субботу в парке.', 'addition'],
    ['при условии dropped', 'Die Brücke wird im Herbst eröffnet.', 'Мост откроют осенью, при условии что подрядчик успеет закончить работы.', 'omission'],
  ] as const)('%s: flagged', (_name, german, russian, kind) => {
    expect(kinds(german, russian)).toContain(kind);
  });
  it.each([
    ['wenn / если rendered', 'Die Rentner bekommen ab Mai einen Zuschlag, wenn sie im Norden leben.', 'С мая пенсионеры будут получать доплату, если живут на Севере.'],
    ['falls / в случае rendered', 'Das Konzert findet im Saal statt, falls es regnet.', 'Концерт пройдёт в зале в случае дождя.'],
    ['sofern / при rendered', 'Die Schule bleibt offen, sofern die Heizung funktioniert.', 'Школа продолжит работу при работающем отоплении.'],
  ] as const)('%s: no omission or addition', (_name, german, russian) => {
    const k = kinds(german, russian);
    expect(k).not.toContain('omission');
    expect(k).not.toContain('addition');
  });
});

describe('a list item dropped where the German joins fewer items with its own conjunction', () => {
  it.each([
    ['three Russian items, two German', 'Im Laden fehlen seit Montag Zucker und Mehl.', 'С понедельника в магазине нет сахара, муки и гречневой крупы.'],
    ['four Russian items, three German', 'Die Stadt saniert Schulen, Kindergärten und Bibliotheken.', 'Город ремонтирует школы, детские сады, библиотеки и спортивные залы.'],
  ] as const)('%s: omission', (_name, german, russian) => {
    expect(kinds(german, russian)).toContain('omission');
  });
  it.each([
    ['three items both sides', 'Die Stadt saniert Schulen, Kindergärten und Bibliotheken.', 'Город ремонтирует школы, детские сады и библиотеки.'],
    ['two items both sides', 'Im Laden fehlen seit Montag Zucker und Mehl.', 'С понедельника в магазине нет сахара и муки.'],
    ['a clause before the conjunction, no list', 'Der Minister sagte, Bauern und Händler würden entschädigt.', 'Министр сказал, что фермеры и торговцы получат компенсацию.'],
  ] as const)('%s: no omission', (_name, german, russian) => {
    expect(kinds(german, russian)).not.toContain('omission');
  });
});

describe('a list item dropped where neither side\'s items are known to the lexicon', () => {
  it('three Russian items against two German ones joined by und: omission', () => {
    expect(kinds('Auf dem Markt verkauft man jetzt Feijoa und Kumquats.', 'На рынке теперь продают фейхоа, кумкват и маракуйю.')).toContain('omission');
  });
  it('three items on both sides: no omission', () => {
    expect(kinds('Auf dem Markt verkauft man jetzt Feijoa, Kumquats und Maracujas.', 'На рынке теперь продают фейхоа, кумкват и маракуйю.')).not.toContain('omission');
  });
});

describe('impersonal attributions to a document: heißt es in … / говорится в …', () => {
  it.each([
    ['heißt es / говорится в', '„Die Ausstellung bleibt bis Ende Mai geöffnet“, heißt es in der Erklärung des Museums.', '«Выставка продлится до конца мая», — говорится в заявлении музея.'],
    ['heißt es / в докладе говорится', 'In dem Bericht heißt es, die Zahl der Unfälle sei gesunken.', 'В докладе говорится, что число аварий снизилось.'],
    ['heißt es / отмечается в', '„Die Preise bleiben stabil“, heißt es im Bericht der Zentralbank.', '«Цены останутся стабильными», — отмечается в докладе Центробанка.'],
    ['heißt es / сказано в', '„Der Zug fährt wieder nach Plan“, heißt es im Schreiben der Bahn.', '«Поезд снова ходит по расписанию», — сказано в письме железной дороги.'],
  ] as const)('%s: no hedge flag', (_name, german, russian) => {
    expect(kinds(german, russian)).not.toContain('hedge');
  });
  it('heißt es against a plain statement is still an added hedge', () => {
    expect(kinds('Die Zahl der Unfälle sei gesunken, heißt es.', 'Число аварий снизилось.')).toContain('hedge');
  });
  it('говорится в against a plain German statement is still a lost hedge', () => {
    expect(kinds('Die Zahl der Unfälle ist gesunken.', 'Как говорится в докладе, число аварий снизилось.')).toContain('hedge');
  });
});

describe('a Russian region name made from a place (Поволжье) rendered by a German compound on that place', () => {
  it.each([
    ['Wolgaregion / Поволжье', 'In der Wolgaregion wird die Ernte in diesem Jahr schwächer ausfallen.', 'Урожай в Поволжье в этом году окажется слабее.'],
    ['Baikalregion / Прибайкалье', 'Die Baikalregion erwartet in diesem Sommer mehr Touristen.', 'Прибайкалье этим летом ждёт больше туристов.'],
  ] as const)('%s: no name flag', (_name, german, russian) => {
    expect(kinds(german, russian)).not.toContain('name');
  });
  it('a region name without its place on the German side is still a missing name', () => {
    expect(kinds('Die Ernte wird in diesem Jahr schwächer ausfallen.', 'Урожай в Поволжье в этом году окажется слабее.')).toContain('name');
  });
  it('another region on the German side is still a different name', () => {
    expect(kinds('In der Uralregion wird die Ernte in diesem Jahr schwächer ausfallen.', 'Урожай в Поволжье в этом году окажется слабее.')).toContain('name');
  });
});
