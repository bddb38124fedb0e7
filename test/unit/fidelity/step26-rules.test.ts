import { describe, expect, it } from 'vitest';
import { appDefects } from '../../support/fidelity-rules';

// Rules of method step 26 of shared/fidelity/README.md, each with its own sentences, with the
// app's matcher: a case the rule must flag (or keep flagging) and one it must leave alone.
const numberFlags = (german: string, russian: string) => appDefects(german, russian).filter((f) => f.kind === 'number');

describe('metric lengths and masses in another unit are the same quantity', () => {
  it('4.500 Meter / 4,5 км: no number flag', () => {
    expect(numberFlags('Die neue Brücke ist 4.500 Meter lang.', 'Длина нового моста составляет 4,5 км.')).toEqual([]);
  });
  it('2,4 Tonnen / 2400 килограммов: no number flag', () => {
    expect(numberFlags('Die Fischer fingen 2,4 Tonnen Lachs.', 'Рыбаки выловили 2400 килограммов лосося.')).toEqual([]);
  });
  it('80 Zentimeter / 0,8 метра: no number flag', () => {
    expect(numberFlags('Der Schnee lag 80 Zentimeter hoch.', 'Высота снежного покрова достигла 0,8 метра.')).toEqual([]);
  });
  it('4.500 Meter / 45 км is still another length', () => {
    expect(numberFlags('Die neue Brücke ist 4.500 Meter lang.', 'Длина нового моста составляет 45 км.')).not.toEqual([]);
  });
  it('a length is no mass: 3 Tonnen / 3000 метров stays flagged', () => {
    expect(numberFlags('Der Kran hebt 3 Tonnen.', 'Кран поднимает 3000 метров.')).not.toEqual([]);
  });
});

describe('Russian multiplicative adjectives are multiples', () => {
  it('zweifacher Weltmeister / двукратный чемпион мира: no number flag', () => {
    expect(numberFlags('Der zweifache Weltmeister Oleg Rybin tritt zurück.', 'Двукратный чемпион мира Олег Рыбин уходит из спорта.')).toEqual([]);
  });
  it('dreifache Olympiasiegerin / трёхкратная олимпийская чемпионка: no number flag', () => {
    expect(numberFlags('Die dreifache Olympiasiegerin kommt nach Kasan.', 'Трёхкратная олимпийская чемпионка приедет в Казань.')).toEqual([]);
  });
  it('zweifacher / трехкратный is still another multiple', () => {
    expect(numberFlags('Der zweifache Weltmeister Oleg Rybin tritt zurück.', 'Трехкратный чемпион мира Олег Рыбин уходит из спорта.')).not.toEqual([]);
  });
});

describe('a quarter of a million in one German word', () => {
  it('eine Viertelmillion / 250 тысяч: no number flag', () => {
    expect(numberFlags('Das Festival zählte eine Viertelmillion Besucher.', 'Фестиваль посетили 250 тысяч человек.')).toEqual([]);
  });
  it('eine Viertelmillion / 25 тысяч is still another number', () => {
    expect(numberFlags('Das Festival zählte eine Viertelmillion Besucher.', 'Фестиваль посетили 25 тысяч человек.')).not.toEqual([]);
  });
});

describe('a clock-style duration counts hours, minutes and seconds', () => {
  it('1:58:40 Stunden / 1 час 58 минут 40 секунд: no number flag', () => {
    expect(numberFlags('Die Siegerin lief die Strecke in 1:58:40 Stunden.', 'Победительница пробежала дистанцию за 1 час 58 минут 40 секунд.')).toEqual([]);
  });
  it('3:45 Minuten / 3 минуты 45 секунд: no number flag', () => {
    expect(numberFlags('Er schwamm die Distanz in 3:45 Minuten.', 'Он проплыл дистанцию за 3 минуты 45 секунд.')).toEqual([]);
  });
  it('1:58:40 Stunden / 1 час 48 минут 40 секунд is still another time', () => {
    expect(numberFlags('Die Siegerin lief die Strecke in 1:58:40 Stunden.', 'Победительница пробежала дистанцию за 1 час 48 минут 40 секунд.')).not.toEqual([]);
  });
});

describe('a day or month inside a short quoted title is part of the name', () => {
  it('„Wetschernaja Sreda“ / «Вечерняя среда»: no number missing', () => {
    expect(numberFlags('Das berichtet die Zeitung „Wetschernaja Sreda“.', 'Об этом сообщает газета «Вечерняя среда».')).toEqual([]);
  });
  it('„Krasny Oktjabr“ / «Красный Октябрь»: no number missing', () => {
    expect(numberFlags('Das Werk „Krasny Oktjabr“ stellt neue Maschinen vor.', 'Завод «Красный Октябрь» представил новые станки.')).toEqual([]);
  });
  it('a weekday in a quoted sentence is still a date', () => {
    expect(numberFlags('„Wir öffnen die Brücke wieder“, sagte der Bürgermeister.', '«Во вторник мы снова откроем мост», — сказал мэр.')).not.toEqual([]);
  });
});

describe('German -frei is privative, as Russian без-/бес- is', () => {
  const kinds = (german: string, russian: string) => [...new Set(appDefects(german, russian).map((f) => f.kind))].sort();
  it('gebührenfrei / бесплатный: no negation lost', () => {
    expect(kinds('Der Eintritt ins Museum bleibt am Montag gebührenfrei.', 'Вход в музей в понедельник останется бесплатным.')).not.toContain('negation');
  });
  it('kostenfreie / бесплатные: no negation lost', () => {
    expect(kinds('Die Stadt bietet kostenfreie Sprachkurse an.', 'Город предлагает бесплатные языковые курсы.')).not.toContain('negation');
  });
});

describe('erbauen is bauen', () => {
  const kinds = (german: string, russian: string) => [...new Set(appDefects(german, russian).map((f) => f.kind))].sort();
  it('die 1910 erbaute Kirche / церковь, построенная в 1910 году: no addition', () => {
    expect(kinds('Die 1910 erbaute Kirche in Tomsk wird renoviert.', 'Церковь в Томске, построенная в 1910 году, будет отремонтирована.')).not.toContain('addition');
  });
});
