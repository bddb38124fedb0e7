/**
 * German strong and irregular verbs: their past forms (ging, gewann, wuchs, geschrieben) share
 * no stem with the infinitive a lexicon lists, so the word links look them up here. Each entry:
 * infinitive, preterite, past participle. Grammar of the language, not data of any corpus.
 */
const VERBS = `
backen buk gebacken|befehlen befahl befohlen|beginnen begann begonnen|beißen biss gebissen|bergen barg geborgen|
betrügen betrog betrogen|biegen bog gebogen|bieten bot geboten|binden band gebunden|bitten bat gebeten|blasen blies geblasen|
bleiben blieb geblieben|braten briet gebraten|brechen brach gebrochen|brennen brannte gebrannt|bringen brachte gebracht|
denken dachte gedacht|dringen drang gedrungen|empfehlen empfahl empfohlen|erschrecken erschrak erschrocken|essen aß gegessen|
fahren fuhr gefahren|fallen fiel gefallen|fangen fing gefangen|fechten focht gefochten|finden fand gefunden|flechten flocht geflochten|
fliegen flog geflogen|fliehen floh geflohen|fließen floss geflossen|fressen fraß gefressen|frieren fror gefroren|gebären gebar geboren|
geben gab gegeben|gedeihen gedieh gediehen|gehen ging gegangen|gelingen gelang gelungen|gelten galt gegolten|genießen genoss genossen|
geschehen geschah geschehen|gewinnen gewann gewonnen|gießen goss gegossen|gleichen glich geglichen|gleiten glitt geglitten|
graben grub gegraben|greifen griff gegriffen|halten hielt gehalten|hängen hing gehangen|heben hob gehoben|heißen hieß geheißen|
helfen half geholfen|kennen kannte gekannt|klingen klang geklungen|kommen kam gekommen|kriechen kroch gekrochen|laden lud geladen|
lassen ließ gelassen|laufen lief gelaufen|leiden litt gelitten|leihen lieh geliehen|lesen las gelesen|liegen lag gelegen|
lügen log gelogen|meiden mied gemieden|messen maß gemessen|nehmen nahm genommen|nennen nannte genannt|pfeifen pfiff gepfiffen|
preisen pries gepriesen|raten riet geraten|reiben rieb gerieben|reißen riss gerissen|reiten ritt geritten|rennen rannte gerannt|
riechen roch gerochen|ringen rang gerungen|rufen rief gerufen|schaffen schuf geschaffen|scheiden schied geschieden|scheinen schien geschienen|
schieben schob geschoben|schießen schoss geschossen|schlafen schlief geschlafen|schlagen schlug geschlagen|schleichen schlich geschlichen|
schließen schloss geschlossen|schmelzen schmolz geschmolzen|schneiden schnitt geschnitten|schreiben schrieb geschrieben|
schreien schrie geschrien|schreiten schritt geschritten|schweigen schwieg geschwiegen|schwimmen schwamm geschwommen|schwören schwor geschworen|
sehen sah gesehen|senden sandte gesandt|singen sang gesungen|sinken sank gesunken|sitzen saß gesessen|sprechen sprach gesprochen|
springen sprang gesprungen|stechen stach gestochen|stehen stand gestanden|stehlen stahl gestohlen|steigen stieg gestiegen|
sterben starb gestorben|stoßen stieß gestoßen|streichen strich gestrichen|streiten stritt gestritten|tragen trug getragen|
treffen traf getroffen|treiben trieb getrieben|treten trat getreten|trinken trank getrunken|tun tat getan|verderben verdarb verdorben|
vergessen vergaß vergessen|verlieren verlor verloren|wachsen wuchs gewachsen|waschen wusch gewaschen|weichen wich gewichen|
weisen wies gewiesen|wenden wandte gewandt|werben warb geworben|werfen warf geworfen|wiegen wog gewogen|winden wand gewunden|
wissen wusste gewusst|ziehen zog gezogen|zwingen zwang gezwungen`;

const INSEPARABLE = ['be', 'emp', 'ent', 'er', 'miss', 'ver', 'zer', 'hinter', 'über', 'unter', 'wider'];
const SEPARABLE = [
  'ab', 'an', 'auf', 'aus', 'bei', 'dar', 'durch', 'ein', 'empor', 'fest', 'fort', 'her', 'heraus', 'herein', 'hin', 'hinaus', 'los', 'mit',
  'nach', 'statt', 'teil', 'um', 'vor', 'voran', 'vorbei', 'weg', 'weiter', 'wieder', 'zu', 'zurück', 'zusammen',
];

/** Form (inflected) -> infinitive; participles without ge- only after an inseparable prefix. */
let forms: Map<string, string> | null = null;
let bare: Map<string, string> | null = null;

function tables(): [Map<string, string>, Map<string, string>] {
  if (forms && bare) return [forms, bare];
  const f = new Map<string, string>();
  const b = new Map<string, string>();
  for (const entry of VERBS.split('|')) {
    const [inf, pret, part] = entry.trim().split(' ') as [string, string, string];
    const stem = pret.endsWith('te') ? pret.slice(0, -1) : pret;
    for (const e of ['', 'e', 'en', 'st', 'est', 't', 'et', 'n']) if (!f.has(stem + e)) f.set(stem + e, inf);
    for (const e of ['', 'e', 'en', 'er', 'es', 'em']) {
      if (!f.has(part + e)) f.set(part + e, inf);
      if (part.startsWith('ge') && !b.has(part.slice(2) + e)) b.set(part.slice(2) + e, inf);
    }
  }
  forms = f;
  bare = b;
  return [f, b];
}

/**
 * Infinitives a German word form may be a past form of (wuchs -> wachsen, angegriffen ->
 * angreifen, verloren -> verlieren, bestand -> bestehen), most likely first; empty when none.
 */
export function strongVerbInfinitives(lower: string): string[] {
  const fb = tables();
  const f = fb[0];
  const b = fb[1];
  const out: string[] = [];
  const direct = f.get(lower);
  if (direct) out.push(direct);
  for (let k = 0; k < SEPARABLE.length; k++) {
    const p = SEPARABLE[k]!;
    if (!lower.startsWith(p) || lower.length - p.length < 3) continue;
    const inf = f.get(lower.slice(p.length));
    if (inf) out.push(p + inf);
  }
  for (let k = 0; k < INSEPARABLE.length; k++) {
    const p = INSEPARABLE[k]!;
    if (!lower.startsWith(p) || lower.length - p.length < 3) continue;
    const rest = lower.slice(p.length);
    const inf = b.get(rest) ?? f.get(rest);
    if (inf && !inf.startsWith('ge')) out.push(p + inf);
  }
  return out;
}
