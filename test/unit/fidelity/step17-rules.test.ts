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
