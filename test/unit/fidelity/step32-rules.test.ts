import { describe, expect, it } from 'vitest';
import { appDefects } from '../../support/fidelity-rules';

// Rules of method step 32 of shared/fidelity/README.md (science, health, sport and weather
// reporting), each with sentences of its own, with the app's matcher: the construction the rule
// leaves alone and a near case on the other side of the rule.
const of = (kind: string) => (german: string, russian: string) => appDefects(german, russian).filter((f) => f.kind === kind);
const names = of('name');
const hedges = of('hedge');

describe('estimates and forecasts: the expert is the subject of a verb of expectation', () => {
  it('schätzt, dass … könnten renders по оценке … могут', () => {
    expect(hedges('Die Ökonomin schätzt, dass die Preise im Herbst um etwa fünf Prozent steigen könnten.', 'По оценке экономиста, осенью цены могут вырасти примерно на пять процентов.')).toEqual([]);
  });
  it('erwarten die Meteorologen renders по прогнозу … ожидается', () => {
    expect(hedges('Für Montag erwarten die Meteorologen in Kasan bis zu 30 Grad.', 'По прогнозу синоптиков, в понедельник в Казани ожидается до +30 °C.')).toEqual([]);
  });
  it('without such a verb the forecast is lost', () => {
    expect(hedges('In Kasan wird es am Montag bis zu 30 Grad warm.', 'По прогнозу синоптиков, в понедельник в Казани ожидается до +30 °C.').length).toBeGreaterThan(0);
    expect(hedges('Die Preise steigen im Herbst um fünf Prozent.', 'По оценке экономиста, осенью цены могут вырасти на пять процентов.').length).toBeGreaterThan(0);
  });
});

describe('plans and obligations said with sollen beside a nach-phrase of source', () => {
  it('soll nach den Plänen der … renders согласно планам … должен', () => {
    expect(hedges('Die neue Brücke soll nach den Plänen der Stadtverwaltung im Frühjahr 2027 eröffnet werden.', 'Согласно планам мэрии, новый мост должен открыться весной 2027 года.')).toEqual([]);
  });
  it('Nach den Worten des Ministers soll renders по словам министра … должна', () => {
    expect(hedges('Nach den Worten des Bildungsministers soll bis 2031 in jedem Dorf eine Schule entstehen.', 'По словам министра образования, к 2031 году в каждом селе должна появиться школа.')).toEqual([]);
  });
  it('without sollen the obligation is lost', () => {
    expect(hedges('Die neue Brücke wird im Frühjahr 2027 eröffnet.', 'Согласно планам мэрии, новый мост должен открыться весной 2027 года.').length).toBeGreaterThan(0);
  });
});

describe('a modal infinitive after zu is ability in a purpose clause', () => {
  it('um … bedienen zu können adds no hedge', () => {
    expect(hedges('„Wir kaufen neue Busse, um die Vororte besser bedienen zu können“, sagte der Bürgermeister.', '«Мы покупаем новые автобусы, чтобы лучше обслуживать пригороды», — сказал мэр.')).toEqual([]);
  });
  it('a finite können is still an added hedge', () => {
    expect(hedges('Die Busse können die Vororte besser bedienen.', 'Автобусы будут лучше обслуживать пригороды.').length).toBeGreaterThan(0);
  });
});

describe('the estimate of an amount said by its approximation', () => {
  it('was rund 40 Millionen kosten dürfte renders потребуется примерно 40 млн', () => {
    expect(hedges('Die Gemeinde will die Turnhalle bis 2028 sanieren, was rund 40 Millionen Rubel kosten dürfte.', 'Муниципалитет намерен отремонтировать спортзал к 2028 году, на что потребуется примерно 40 млн рублей.')).toEqual([]);
  });
  it('dürfte without an approximation on both sides is still an added hedge', () => {
    expect(hedges('Die Gemeinde will die Turnhalle bis 2028 sanieren, was 40 Millionen Rubel kosten dürfte.', 'Муниципалитет намерен отремонтировать спортзал к 2028 году, на что потребуется 40 млн рублей.').length).toBeGreaterThan(0);
  });
});

describe('institutions and installations rendered by what they are', () => {
  it('an acronym: Raumstation / МКС (станция), Wasserkraftwerk / ГЭС', () => {
    expect(names('Die Kosmonautin ist im Mai von der Raumstation zurückgekehrt.', 'Космонавтка вернулась с МКС в мае.')).toEqual([]);
    expect(names('Nach dem Hochwasser hat das Wasserkraftwerk seine Turbinen wieder angefahren.', 'После паводка ГЭС снова запустила турбины.')).toEqual([]);
  });
  it('an acronym against a head of another letter is still a name lost', () => {
    expect(names('Die Kosmonautin ist im Mai aus dem Trainingszentrum zurückgekehrt.', 'Космонавтка вернулась с МКС в мае.').length).toBeGreaterThan(0);
  });
  it('a compound name: Wetterbehörde / Росгидромет (its field гидромет)', () => {
    expect(names('Die Wetterbehörde warnt vor starkem Schneefall.', 'Росгидромет предупредил о сильном снегопаде.')).toEqual([]);
  });
  it('a compound name against a description of another field is still a name that differs', () => {
    expect(names('Die Gesundheitsbehörde warnt vor starkem Schneefall.', 'Росгидромет предупредил о сильном снегопаде.').length).toBeGreaterThan(0);
  });
});

describe('the frame of a quotation', () => {
  const additions = of('addition');
  const omissions = of('omission');
  it('the verb of a trailing speech tag renders the Russian one, whatever manner of speaking it names', () => {
    expect(additions('„Die Mannschaft hat (...) den Pokal gewonnen“, jubelte Vereinschef Oleg Sorin.', '«Команда впервые за десять лет выиграла кубок», — радовался глава клуба Олег Зорин.')).toEqual([]);
  });
  it('a gap inside a German clause stands for the adverbials Russian puts first', () => {
    expect(omissions('„Die Zahl der Besucher ist […] stark gestiegen“, sagte die Direktorin.', '«За последние три года, после ремонта зала, число посетителей сильно выросло», — сказала директор.')).toEqual([]);
  });
  it('without the gap mark the adverbials are left out', () => {
    expect(omissions('„Die Zahl der Besucher ist stark gestiegen“, sagte die Direktorin.', '«За последние три года, после ремонта зала, число посетителей сильно выросло», — сказала директор.').length).toBeGreaterThan(0);
  });
});

describe('improvement against deterioration, and the last item of a list', () => {
  const negations = of('negation');
  const omissions = of('omission');
  it('verbessert against ухудшилось is a polarity reversed', () => {
    expect(negations('Die Wasserqualität im Fluss habe sich verbessert, sagten die Biologen.', 'Биологи сказали, что качество воды в реке ухудшилось.').map((f) => f.reason)).toEqual(['polarity-reversed']);
  });
  it('verbessert against улучшилось is no flag', () => {
    expect(negations('Die Wasserqualität im Fluss habe sich verbessert, sagten die Biologen.', 'Биологи сказали, что качество воды в реке улучшилось.')).toEqual([]);
  });
  it('the item after и left out when German joins the two it keeps with und', () => {
    const found = omissions('Die Forscher hätten Spuren von Blei im Boden und im Grundwasser gefunden, sagte der Chemiker.', 'Химик сказал, что исследователи нашли следы свинца в почве, в грунтовых водах и в овощах.');
    expect(found.flatMap((f) => f.russian.map((w) => w.text))).toContain('овощах');
  });
  it('all three items kept is no omission', () => {
    expect(omissions('Die Forscher hätten Spuren von Blei im Boden, im Grundwasser und im Gemüse gefunden, sagte der Chemiker.', 'Химик сказал, что исследователи нашли следы свинца в почве, в грунтовых водах и в овощах.')).toEqual([]);
  });
});
