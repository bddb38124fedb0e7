/**
 * Closed word classes of German and Russian that the fidelity checks rest on: function words
 * (never content), negation, polarity-reversing verbs, hedges and modality, intensifiers.
 * These lists belong to the engine whatever lexicon is plugged in; they are written by hand.
 * Entries are lower-case surface forms; a trailing `*` means "any word starting so".
 */

const words = (s: string): string[] => s.trim().split(/\s+/);

/** A set of surface forms plus prefixes (entries ending in `*`). */
export class WordClass {
  private readonly exact = new Set<string>();
  /**
   * Prefixes by their first letter: a word is tried against its letter's prefixes only (the
   * classes are asked about every token many times, most of it before the JIT has warmed up).
   */
  private readonly prefixes = new Map<string, string[]>();
  /** A bare `*` (the empty prefix): every word belongs. */
  private any = false;

  constructor(list: string) {
    for (const w of words(list)) {
      if (!w.endsWith('*')) this.exact.add(w);
      else if (w.length === 1) this.any = true;
      else (this.prefixes.get(w[0]!) ?? this.prefixes.set(w[0]!, []).get(w[0]!)!).push(w.slice(0, -1));
    }
  }

  has(lower: string): boolean {
    if (this.exact.has(lower) || this.any) return true;
    const ps = this.prefixes.get(lower[0]!);
    if (ps !== undefined) for (let k = 0; k < ps.length; k++) if (lower.startsWith(ps[k]!)) return true;
    return false;
  }
}

/** German definite articles: a capitalised function word after one is a noun or a name (der Ob, das Aus). */
export const DE_DEFINITE_ARTICLES = new Set(words('der die das den dem des'));

/**
 * Whether a German function word is used as a noun here: capitalised inside its sentence right
 * after a definite article (der Ob, das Aus), as a river or a nominalised word is.
 */
export function functionWordAsNoun(t: { cap: boolean; sentenceStart: boolean; kind: string }, prev: { lower: string; kind: string } | undefined): boolean {
  return t.kind === 'word' && t.cap && !t.sentenceStart && prev?.kind === 'word' && DE_DEFINITE_ARTICLES.has(prev.lower);
}

export const DE_FUNCTION = new WordClass(`
der die das den dem des ein eine einen einem einer eines und oder aber doch sondern denn weil dass daß ob
wenn falls als wie so auch noch schon nur ja eben mal halt zwar jedoch allerdings dabei daher darum deshalb
deswegen dazu damit davon darauf daran darüber darunter daneben dazwischen dafür dagegen darin daraus dadurch dort da hier nun dann danach anschließend daraufhin
ich du er sie es wir ihr mich mir dich dir ihn ihm uns euch ihnen sich man mein meine meinen meinem meiner
meines dein deine deinen deinem deiner sein seine seinen seinem seiner seines ihre ihren ihrem ihrer ihres
unser unsere unseren unserem unserer unseres euer eure euren eurem dieser diese dieses diesen diesem jener
jene jenes jenen jenem welche welcher welches welchen welchem was wer wen wem wessen wo wohin woher warum
wieso weshalb wann jemand jemanden etwas selbst selber derselbe dieselbe dasselbe denselben demselben derselben desselben selbe selben
eigen eigene eigenen eigenem eigener eigenes
in im ins an am ans auf aus bei beim mit nach seit von vom vor zu zum zur über überm unter um durch für
gegen zwischen hinter neben bis gegenüber trotz während wegen statt anstatt per pro ab innerhalb außerhalb außer
sein bin bist ist sind seid war waren warst gewesen sei seist seien wäre wären haben habe hast hat habt hatte hatten
deren dessen derer denen ums aufs fürs durchs übers unters vors hinters hätte hätten gehabt werden werde wirst wird werdet wurde wurden würde würden worden geworden es's
also nämlich sowie sowohl entweder bzw usw etc beziehungsweise einmal jedenfalls immerhin überhaupt
dies diesem derjenige diejenigen solche solcher solches solchen jeweils sogar zudem außerdem ebenso ebenfalls herr herrn alle allen aller alles allem
sämtlich sämtliche sämtlichen sämtlicher sämtliches
bereits inzwischen mittlerweile
`);

export const RU_FUNCTION = new WordClass(`
и а но или либо да же ли бы б ведь вот вон это этот эта эти этого этой этих этому этим этом эту тот та то
те того той тех тому тем том ту такой такая такое такие таких таким такого такую так как что чтобы чем кто
кого кому который которая которое которые которого которой которых которому которым котором которую где
куда откуда когда если хотя потому поэтому тоже также уже ещё еще лишь именно он она оно они его её ее их
ему ей им ним нему нее неё них ними нам нас мы вы я меня мне мной ты тебя тебе тобой вас вам вами себя себе
собой свой своя своё свое свои своего своей своих своим своему свою своими собственный собственная собственное собственные собственного собственной собственных собственному собственным собственную собственными собственном сам сама само сами самого самой самим самими самому самом саму самих
в во на с со к ко по о об обо от из изо у за над под перед при про через для до после между среди вокруг
кроме вместо из-за из-под господин господина господину господином госпожа госпожи госпожой быть был была было были будет будут будем буду будешь есть является являются являлась
являлся являлось являлись тогда затем потом причём причем зато однако ну вообще то-есть т.е. и.т.д
наш наша наше наши нашего нашей нашему нашим нашими наших нашу ваш ваша ваше ваши вашего вашей вашим ваших
нибудь что-то кто-то где-то кто-либо кого-либо кому-либо кем-либо ком-либо что-либо чего-либо чему-либо чем-либо
кто-нибудь кого-нибудь кому-нибудь кем-нибудь что-нибудь чего-нибудь против какой какая какое какие каких каким какого какую чей чья чьё чьи сей сия
`);

/**
 * Negation words. Russian ни-words agree with a не in the same clause (никто ничего не
 * сказал is one negation); `polarity.ts` counts them so.
 */
export const DE_NEGATION = new WordClass(`
nicht kein keine keinen keinem keiner keines keins nie niemals nichts niemand niemanden niemandem
nirgends nirgendwo ohne weder nein keinerlei statt anstatt anstelle keineswegs keinesfalls mitnichten nimmer nimmermehr
nirgendwohin
`);
export const RU_NEGATION = new WordClass('не нет нельзя без безо вместо');
/** Russian ни-words: negative only together with не/нет, or alone in a verbless phrase. */
export const RU_NI_WORDS = new WordClass(`
ни никогда ничего ничто ничем ничему никто никого никому никем нигде никуда ниоткуда никак никакой
никакая никакое никакие никакого никакому никаким никакую никаких никакими нисколько ничей ничья ничьё ничьи
`);

/**
 * Word sequences that contain a negation word without negating ("не только", "nicht nur",
 * "не менее" is a number bound). Matched before negation is counted.
 */
export const DE_NOT_NEGATION: readonly string[][] = [
  ['nicht', 'nur'], ['nicht', 'mehr', 'als'], ['nicht', 'weniger', 'als'], ['nicht', 'zuletzt'],
  ['nicht', 'ausgeschlossen'], ['ohne', 'zweifel'], ['kein', 'zweifel'], ['keinen', 'zweifel'],
  // Litotes: two negations that affirm (nicht ohne Hilfe = mit Hilfe, не без помощи).
  ['nicht', 'ohne'], ['nicht', 'umsonst'],
  // Litotes of chance: kein Zufall, nicht zufällig, nicht von ungefähr (не случайно, неслучайно).
  ['kein', 'zufall'], ['keinen', 'zufall'], ['nicht', 'zufällig'], ['nicht', 'von', 'ungefähr'], ['nicht', 'grundlos'],
  // A record said as a comparison with never (so viele wie nie zuvor, wie noch nie; как никогда).
  ['wie', 'nie', 'zuvor'], ['wie', 'noch', 'nie'], ['wie', 'nie'],
  // A time bound (at the earliest / at the latest), as не раньше / не позднее: nicht früher als.
  ['nicht', 'früher', 'als'], ['nicht', 'später', 'als'],
];
/** Russian modal forms of "can": не могу не / нельзя не is "must" (a double negation). */
const RU_CAN = words('может могут мог могла могло могли могу можем можете можешь смог смогла смогли сможет смогут');
/** Wh-words that open an exclamative "чего только (нам) не …" (what … not = all kinds of): its не is expletive. */
export const RU_WH_ONLY = new WordClass('что чего кто кого кому где куда каких какие какой');
export const RU_NOT_NEGATION: readonly string[][] = [
  ['не', 'только'], ['не', 'менее'], ['не', 'более'], ['не', 'меньше'], ['не', 'больше'], ['не', 'раз'],
  ['чуть', 'не'], ['едва', 'не'], ['чуть', 'было', 'не'], ['пока', 'не'], ['не', 'исключено'],
  ['без', 'сомнения'], ['нет', 'сомнений'], ['не', 'сомневаюсь'],
  ['не', 'случайно'], ['не', 'так', 'ли'], ['не', 'позднее'], ['не', 'позже'], ['не', 'ранее'], ['не', 'раньше'],
  // чуть ли не / едва ли не (almost, all but), не в последнюю очередь (nicht zuletzt), не так
  // давно (recently), не без (litotes: with), чего только не (all kinds of: an expletive не).
  ['чуть', 'ли', 'не'], ['едва', 'ли', 'не'], ['не', 'в', 'последнюю', 'очередь'], ['не', 'так', 'давно'], ['не', 'без'],
  ['не', 'зря'], ['не', 'напрасно'], ['не', 'случайность'], ['как', 'никогда'],
  ...RU_CAN.map((w) => ['не', w, 'не']), ['нельзя', 'не'],
];

/**
 * Lexically negative words (невозможно, unmöglich, erfolglos): a negation inside a word. They
 * never raise a negation flag themselves; they only excuse an explicit negation on the other
 * side ("nicht möglich" / "невозможно").
 */
export function isLexicalNegative(lower: string, lang: 'de' | 'ru'): boolean {
  if (lang === 'ru') {
    if (RU_NEGATIVE_WORDS.has(lower)) return true;
    if (lower.length < 6) return false;
    if (!/^(не|без|бес)/.test(lower)) return false;
    return !RU_NOT_LEXICAL.has(lower);
  }
  if (lower.length >= 6 && lower.startsWith('un') && !DE_NOT_LEXICAL.has(lower)) return true;
  if (DE_NEGATIVE_VERBS.has(lower) || DE_LACK.has(lower)) return true;
  return /los(e|er|en|es|em)?$/.test(lower) && lower.length >= 6 && !lower.startsWith('los');
}
/**
 * German verbs that say "not" in their meaning (verhindern = не допустить, verlieren die
 * Kontrolle = не справиться, scheitern = не удаться): they answer a Russian не like a lexical negative.
 */
export function isNegativeVerb(lower: string, lang: 'de' | 'ru'): boolean {
  return lang === 'de' ? DE_NEGATIVE_VERBS.has(lower) : RU_NEGATIVE_WORDS.has(lower);
}
const DE_NEGATIVE_VERBS = new WordClass(`
verhinder* vermeid* vermied* versäum* verpass* unterlass* unterließ* scheiter* gescheitert* misslang* misslung*
verlor verloren verlier* verliert
`);
/**
 * German verbs of lack (fehlen, mangeln = не хватает, нет): the "not" is in the verb even where
 * it renders the Russian verb itself (fehlen / не хватает), so they answer a Russian не always.
 */
const DE_LACK = new WordClass('fehlt fehlen fehlte fehlten gefehlt fehle mangelt mangeln mangelte mangelten gemangelt');
/** Russian words that say "there is no" (отсутствует = es gibt kein, fehlt). */
const RU_NEGATIVE_WORDS = new WordClass('отсутств*');
const RU_NOT_LEXICAL = new WordClass(`
несколько нескольких нескольким несколькими недавно недавний недавнего некоторые некоторых некоторым некоторое
некий некая некое нефть нефти нефтью нефтяной нефтяных нефтяного неделя недели неделю неделе недель немецкий
немецкой немецкого немецких немцы немцев необходимо необходимый необходимость необходимости небо нерв* неуж*
безопасность безопасности безопасный безопасного безусловно
`);
const DE_NOT_LEXICAL = new WordClass(`
und unter* uns unser* ungefähr union* univers* unter unten unfall* ungarn* ungar* unbedingt unverändert
unmittelbar* umfang* ungeachtet unternehm* unterstütz* unterschied* untersuch* unterricht* unterzeich*
unterschreib* unterschrieb*
`);

/**
 * Polarity-reversing verbs (refuse, reject, deny, forbid) and their positive counterparts: a
 * reversing word on one side only turns the statement around even with no negation word.
 * The adverb ausschließlich ("only", исключительно) is no form of ausschließen: the verb's
 * forms are listed, not its letters; so is отрицать's, since the adjective отрицательный (a
 * negative test, negativ) denies nothing.
 */
export const DE_REVERSING = new WordClass(`
ablehn* abgelehnt* ablehnung* lehnt lehnte lehnten lehnen verweiger* weigert* weigerte* weigern* zurückweis*
zurückgewiesen* abweis* abgewiesen* wies weist dementier* bestreit* bestritt* bestritten* leugn* geleugnet* verbiet*
anfecht* angefochten* focht fochten
verbot verboten verbote verbotene verbotenen verbotener verbotenes verbotenem
verbots widersprech* widersprich* widersprach* widersprochen* absag* abgesagt* zurückgenommen* zurückzieh* zurückgezogen*
aufhören aufgehört verzicht* abrück* abgerückt* ausschließen ausschließt ausschließe ausschließend ausgeschlossen*
einwand einwände einwänden einwandes ausschlagen ausschlägt ausschlug ausschlugen ausgeschlagen verwarf verwarfen verworfen verwirft verwerfen untersag* verneint* verneinen
`);
export const RU_REVERSING = new WordClass(`
отказ* откаж* отверг* отвергн* отклон* опроверг* опровер* запрет*
отрицает отрицают отрицаю отрицаем отрицал отрицала отрицало отрицали отрицать отрицая отрицание отрицания отрицанию
отрицанием отрицании отрицающ* отрицавш* запрещ* возраж* перестал* перестан*
оспарива* оспори* оспорил*
противореч* противоречил* противоречат
перестать перестаёт перестает
исключает исключают исключаем исключаю исключил исключила исключили исключить исключено исключена исключены исключён
исключат исключим
`);
export const DE_AFFIRMING = new WordClass(`
zustimm* zugestimmt* stimmte stimmten stimmt bestätig* billig* gebilligt* akzeptier* unterstütz* erlaub*
befürwort* genehmig* angenommen annahm* einverstanden zusag* zugesagt*
`);
export const RU_AFFIRMING = new WordClass(`
согласи* соглаша* подтверд* подтвержд* одобр* поддерж* принял* приняли приняла принять разреши* разреша*
утверди* утвержд* поддержа*
`);

/** The force of a hedge or modal word. */
export type HedgeClass = 'report' | 'possible' | 'certain' | 'obligation';

/** Multi-word hedges first (longest match wins), then single words. */
export const DE_HEDGES: ReadonlyArray<[string[], HedgeClass]> = [
  [['wie', 'es', 'heißt'], 'report'], [['heißt', 'es'], 'report'], [['berichten', 'zufolge'], 'report'],
  [['angaben', 'zufolge'], 'report'], [['nach', 'angaben'], 'report'], [['nach', 'worten'], 'report'], [['worten', 'zufolge'], 'report'],
  [['nach', 'ansicht'], 'report'], [['nach', 'einschätzung'], 'report'], [['nach', 'meinung'], 'report'],
  [['nach', 'schätzungen'], 'report'], [['schätzungen', 'zufolge'], 'report'],
  // An estimate or a count names its source as Angaben do (nach Schätzung der Stadt, nach Berechnungen des Instituts).
  [['nach', 'schätzung'], 'report'], [['schätzung', 'zufolge'], 'report'], [['nach', 'berechnungen'], 'report'], [['berechnungen', 'zufolge'], 'report'], [['meinung', 'nach'], 'report'], [['unter', 'umständen'], 'possible'],
  // Findings and forecasts name a source like Angaben do (nach ersten Erkenntnissen der Ermittler, Prognosen zufolge).
  [['nach', 'erkenntnissen'], 'report'], [['erkenntnissen', 'zufolge'], 'report'], [['nach', 'prognosen'], 'report'], [['prognosen', 'zufolge'], 'report'],
  [['nicht', 'ausgeschlossen'], 'possible'], [['ohne', 'zweifel'], 'certain'], [['mit', 'sicherheit'], 'certain'],
  // Conviction of the speaker (sie sei überzeugt, ich bin fest überzeugt): certainty, as не
  // сомневаюсь and уверен say it; only after a form of sein, since überzeugt also means "won over".
  ...words('bin ist sei sind seien war waren fest').map((w): [string[], HedgeClass] => [[w, 'überzeugt'], 'certain']),
  ...words('angeblich vermeintlich laut zufolge demnach mutmaßlich mutmaßliche mutmaßlichen').map((w): [string[], HedgeClass] => [[w], 'report']),
  // Suspicion is a report of what others hold (verdächtigt = подозреваемый); the noun (die
  // Verdächtigen, Tatverdächtige) says it as much as the participle.
  ...words(`verdächtigt verdächtigte verdächtigten verdächtige verdächtigen verdächtiger tatverdächtig tatverdächtige tatverdächtigen
    tatverdächtiger`).map((w): [string[], HedgeClass] => [[w], 'report']),
  ...words(`möglicherweise vielleicht wahrscheinlich vermutlich wohl anscheinend scheinbar scheint
    scheinen womöglich eventuell voraussichtlich kann könne können könnte könnten dürfte dürften möglich mag
    vermutet vermuten mögliche möglichen möglicher mögliches unmöglich unmögliche konnte konnten`).map((w): [string[], HedgeClass] => [[w], 'possible']),
  ...words(`zweifellos sicherlich gewiss natürlich selbstverständlich eindeutig definitiv bestimmt zweifelsohne
    unbestreitbar fraglos`).map((w): [string[], HedgeClass] => [[w], 'certain']),
  ...words('muss müssen musste mussten müsse müsste müssten nötig notwendig erforderlich gezwungen sollte sollten darf darfst dürfe dürfen dürft durfte durften')
    .map((w): [string[], HedgeClass] => [[w], 'obligation']),
];
/** German words of suspicion: capitalised after a word they are still a hedge (die Verdächtigen). */
export const DE_SUSPICION = new WordClass('verdächtig* tatverdächtig*');
/**
 * German "dürfen": permission, no hedge; negated it is a prohibition (darf nicht, dürfe „nicht …“
 * = не должна), an obligation. `findHedges` keeps these only in a negated clause.
 */
export const DE_PERMISSION = new WordClass('darf darfst dürfe dürfen dürft durfte durften');
/** Words of two forces: German "soll" is reportative or an obligation; очевидно/offenbar is "evidently" or "apparently". */
export const DE_FLEXIBLE: ReadonlyArray<[string[], HedgeClass[]]> = [
  ...words('soll sollen sollst sollt solle').map((w): [string[], HedgeClass[]] => [[w], ['report', 'obligation']]),
  ...words('offenbar offensichtlich').map((w): [string[], HedgeClass[]] => [[w], ['possible', 'certain']]),
];
export const RU_FLEXIBLE: ReadonlyArray<[string[], HedgeClass[]]> = [
  [['очевидно'], ['possible', 'certain']],
  // "it is planned / expected" is what German says with "soll".
  ...words('планируется предполагается ожидается').map((w): [string[], HedgeClass[]] => [[w], ['report', 'obligation', 'possible']]),
  [['по', 'плану'], ['report', 'obligation']],
];

export const RU_HEDGES: ReadonlyArray<[string[], HedgeClass]> = [
  [['по', 'данным'], 'report'], [['по', 'словам'], 'report'], [['по', 'сообщениям'], 'report'], [['по', 'сообщению'], 'report'],
  [['по', 'информации'], 'report'], [['по', 'сведениям'], 'report'], [['как', 'сообщается'], 'report'],
  [['по', 'оценкам'], 'report'], [['как', 'утверждается'], 'report'], [['по', 'прогнозам'], 'report'], [['по', 'прогнозу'], 'report'],
  ...words('сообщает сообщают пишет пишут заявляет заявляют сообщили сообщил сообщила заявили заявил заявила пояснили пояснил пояснила рассказали рассказал рассказала уточнили уточнил уточнила').map(
    (w): [string[], HedgeClass] => [['как', w], 'report'],
  ), [['по', 'версии'], 'report'], [['по', 'мнению'], 'report'], [['по', 'оценке'], 'report'], [['по', 'подсчётам'], 'report'], [['по', 'подсчетам'], 'report'], [['по', 'расчётам'], 'report'], [['по', 'расчетам'], 'report'],
  // Impersonal attributions to a document (говорится в сообщении, как сказано в докладе) are
  // what German says with "heißt es in …".
  ...words('говорится сказано отмечается указывается подчёркивается подчеркивается').flatMap((w): Array<[string[], HedgeClass]> => [
    [[w, 'в'], 'report'],
    [[w, 'во'], 'report'],
  ]),
  [['говорится'], 'report'],
  [['может', 'быть'], 'possible'], [['скорее', 'всего'], 'possible'], [['не', 'исключено'], 'possible'],
  [['по-видимому'], 'possible'], [['по', 'всей', 'видимости'], 'possible'], [['судя', 'по', 'всему'], 'possible'],
  [['без', 'сомнения'], 'certain'], [['нет', 'сомнений'], 'certain'], [['не', 'сомневаюсь'], 'certain'],
  [['не', 'сомневается'], 'certain'], [['не', 'сомневаются'], 'certain'], [['не', 'сомневаемся'], 'certain'],
  ...words('уверен уверена уверены убеждён убежден убеждена убеждены').map((w): [string[], HedgeClass] => [[w], 'certain']),
  ...RU_CAN.map((w): [string[], HedgeClass] => [['не', w, 'не'], 'obligation']), [['нельзя', 'не'], 'obligation'],
  ...words(`якобы сообщается утверждается дескать мол согласно предполагаемый предполагаемая предполагаемое предполагаемые
    предполагаемого предполагаемой предполагаемых предполагаемому предполагаемым предполагаемую
    подозревается подозреваются подозревался подозревалась подозревались подозреваемый подозреваемая подозреваемое
    подозреваемые подозреваемого подозреваемой подозреваемых подозреваемому подозреваемым подозреваемую
    подозреваемыми`).map((w): [string[], HedgeClass] => [[w], 'report']),
  ...words(`возможно вероятно видимо наверное наверно пожалуй кажется похоже вроде может могут мог могла могло могу можем можешь можете
    могли можно сможет смогут сможем смогу сможешь сможете смог смогла смогло смогли мочь предположительно возможен возможна возможны вероятнее возможный возможная возможное возможные
    возможных возможным возможной возможного невозможно невозможен невозможна невозможны способен способна
    способны`).map((w): [string[], HedgeClass] => [[w], 'possible']),
  ...words(`несомненно безусловно конечно разумеется наверняка явно определённо определенно бесспорно
    непременно`).map((w): [string[], HedgeClass] => [[w], 'certain']),
  ...words(`должен должна должно должны обязан обязана обязаны нужно надо необходимо необходим необходима необходимы
    следует придётся придется пришлось приходится приходилось
    вынужден вынуждена вынуждены`).map((w): [string[], HedgeClass] => [[w], 'obligation']),
];

/**
 * Russian verbs of saying that open a speech tag after the quotation (— сказал мэр; …, показал
 * опрос; — говорится в заявлении завода): personal ones in the past and present, and the
 * impersonal ones that put the speaker in a genitive after the document (говорится, сказано).
 */
export const RU_SAY =
  /^(?:(?:сказал|заявил|объявил|сообщил|отметил|подчеркнул|пояснил|объяснил|добавил|рассказал|уточнил|признал|пообещал|предупредил|напомнил|ответил|показал|заверил|заметил|указал|подтвердил|посетовал|констатировал|возразил|раскритиковал|критиковал|считает|считают|говорит|говорят|заявляет|отмечает|подчёркивает|подчеркивает|полагает|уверен|сообщает|сообщают|пишет|пишут|передаёт|передает|рассказывает|объясняет|уверяет)(?:а|о|и)?|(?:пожаловал|поделил|призна)(?:ся|ась|ось|ись)|говорится|сказано|отмечается|указывается|подч[её]ркивается)$/;

/**
 * Russian words of need that are an obligation only before an infinitive (нам нужно уехать =
 * wir müssen fahren); before a noun they say "need" (нам нужен ремонт = wir brauchen eine
 * Renovierung), a content word.
 */
export const RU_NEED = new WordClass('нужно нужен нужна нужны');

/**
 * Modal verbs of possibility: under a negation they say what cannot be done (kann nicht, не
 * может), not how sure the speaker is, and are no hedge there.
 */
export const MODAL_VERBS = new WordClass(`
kann kannst können könnt konnte konnten könne könnte könnten может могу можешь можем можете могут мог могла могло
могли можно сможет смогут сможем смог смогла смогло смогли
`);

/** Coordinating words: negations joined by them are one (не X и не Y, weder X noch Y). */
export const COORDINATORS = new WordClass('и или ни а und oder noch sowie');

/** Words that strengthen what they modify; one on the German side only is an addition. */
export const DE_INTENSIFIERS = new WordClass(`
völlig absolut äußerst extrem höchst sehr total enorm komplett zutiefst besonders überaus ungeheuer unglaublich
hochgradig vollkommen vollständig gänzlich außerordentlich ausgesprochen geradezu regelrecht
maßlos durchweg restlos ernsthaft ziemlich durchaus massiv massive massiven massiver massives drastisch drastische drastischen drastischer
enorme enormen enormer enormes extreme extremen extremer extremes gewaltig gewaltige gewaltigen gewaltiger
immens immense immensen kräftig kräftige kräftigen kräftiger erschreckend beängstigend schockierend unvorstellbar dramatisch dramatische dramatischen
außergewöhnlich ungewöhnlich
`);
export const RU_INTENSIFIERS = new WordClass(`
очень крайне абсолютно совершенно полностью чрезвычайно весьма глубоко особенно исключительно сильно
чрезмерно невероятно предельно категорически резко драматически кардинально серьёзно серьезно катастрофически
абсолютный абсолютная абсолютное полный полная полное полностью целиком всерьёз всерьез слишком чересчур
огромн* колоссальн* гигантск* массированн* резкий резкое резкая резкого резкому резкой резкие резких
необычайно необыкновенно
`);

/**
 * Verbs and nouns of change by direction (rise / fall). A German word of one direction against a
 * Russian word of the other (gestiegen / снизился, gesunken / вырос) turns the statement around
 * like a reversing verb; `polarity.ts` compares the two sides.
 */
export const DE_RISE = new WordClass(`
steigt steigen stieg stiegen gestiegen steige anstieg anstiegs anstieg* ansteig* angestiegen wächst wachsen wuchs wuchsen gewachsen
zugenommen zunahme erhöht erhöhte erhöhten erhöhen erhöhung* angehoben anheben hebt hob verteuert* gestiegene gestiegenen
`);
export const DE_FALL = new WordClass(`
sinkt sinken sank sanken gesunken sinke gesenkt senkt senkte senkten senken senkung* zurückgegangen rückgang* zurückgeh*
abgenommen abnahme verringert* verringer* reduziert* reduzier* geschrumpft schrumpft schrumpfte schrumpfen verbilligt*
gefallen fiel fielen gesunkene gesunkenen
`);
export const RU_RISE = new WordClass(`
вырос выросла выросло выросли вырастет вырастут растёт растет растут рост роста ростом возрос возросла возросло возросли
увеличил* увеличива* увеличени* повысил* повыша* повышени* подорожал*
увеличит увеличат увеличится увеличатся повысит повысят повысится повысятся
`);
export const RU_FALL = new WordClass(`
снизил* снижа* снижени* снизит* сократил* сокраща* сокращени* сократит* уменьшил* уменьша* уменьшени* упал упала упало упали
упадёт упадет падени* понизил* понижа* подешевел*
сократят сократятся снизят снизятся уменьшит уменьшат уменьшится уменьшатся понизит понизят
`);

/**
 * The state of a place or a road said as open or closed (bleibt geöffnet / будет закрыт; a road
 * passable, befahrbar, passierbar, freigegeben, is open): an antonym pair like rise and fall. Participles, adjectives and the Russian verbs of the change;
 * German finite schließen is left out (schließt … aus, schließt … ab, beschließen say other things).
 */
export const DE_OPEN = new WordClass(`
geöffnet geöffnete geöffneten geöffneter geöffnetes offen offene offenen offener offenes wiedereröffnet
befahrbar befahrbare befahrbaren befahrbarer befahrbares passierbar passierbare passierbaren passierbarer passierbares
freigegeben freigegebene freigegebenen
`);
export const DE_CLOSED = new WordClass(`
geschlossen geschlossene geschlossenen geschlossener geschlossenes gesperrt gesperrte gesperrten gesperrter gesperrtes
`);
export const RU_OPEN = new WordClass(`
открыт открыта открыто открыты открытым открытой открытыми открытых открытый открытая открытое открытые
откроют откроется откроются открылся открылась открылось открылись открывается открываются
`);
/**
 * Russian verbs of a place in operation (аэропорт не принимает рейсы, музей не работает): negated,
 * they say the place is closed, as German says it with gesperrt or geschlossen. Only a negation's
 * scope is tested against them, never a bare verb (работает is no antonym of gesperrt on its own).
 */
export const RU_OPERATING = new WordClass('работает работают работал работала работало работали работать принимает принимают принимал принимала принимало принимали принимать ходит ходят ходил ходила ходило ходили ходить курсирует курсируют курсировал курсировала курсировали курсировать');
/**
 * German words of a service that does not run (die Fähre fällt aus, der Zug ist ausgefallen, der
 * Verkehr wurde eingestellt): beside gesperrt and geschlossen, what a negated verb of operating
 * (паром не будет ходить, поезда не курсируют) says. Tested only against such a negation.
 */
export const DE_NOT_RUNNING = new WordClass('ausfallen ausgefallen ausfällt fällt fallen fiel fielen eingestellt');
/**
 * Better and worse (nicht besser geworden / ухудшилась, не улучшилась / verschlechtert): an
 * antonym pair like open and closed, said on one side by negating the other word.
 */
export const DE_BETTER = new WordClass('besser verbessert verbesserte verbesserten verbessern verbessert*');
export const DE_WORSE = new WordClass('schlechter verschlechtert verschlechterte verschlechterten verschlechtern verschlechter*');
export const RU_BETTER = new WordClass('лучше улучш*');
export const RU_WORSE = new WordClass('хуже ухудш*');
/**
 * A court's verdict said as acquittal or conviction (freigesprochen / признал виновным, verurteilt
 * / оправдал): an antonym pair like open and closed. приговор (a verdict of either kind) is in
 * neither class; приговорил (sentenced) convicts.
 */
export const DE_ACQUIT = new WordClass('freigesprochen freisprechen freispricht freisprach freisprachen freispruch freispruchs');
export const DE_CONVICT = new WordClass(`
verurteilt verurteilte verurteilten verurteilen verurteilung* schuldig schuldiggesprochen schuldigsprechen schuldspruch*
`);
export const RU_ACQUIT = new WordClass('оправдал оправдала оправдали оправдать оправдан оправдана оправданы оправдательн* оправдает');
export const RU_CONVICT = new WordClass(`
виновн* виновен виновна осудил осудила осудили осуждён осужден осуждена осуждены приговорил* приговорён* приговорен*
`);
/**
 * Free and taken (ausgebucht / не было свободных мест, frei / не занято): an antonym pair like
 * open and closed, said on one side by negating the other word.
 */
export const RU_FREE = new WordClass('свободн*');
export const DE_FULL = new WordClass('ausgebucht* ausverkauft* besetzt* belegt* vergriffen*');
export const DE_FREE = new WordClass('frei freie freien freier freies verfügbar*');
export const RU_FULL = new WordClass('занят* заполнен* распродан* забронирован*');
export const RU_CLOSED = new WordClass(`
закрыт закрыта закрыто закрыты закрытым закрытой закрытыми закрытых закрытый закрытая закрытое закрытые
закроют закроется закроются закрылся закрылась закрылось закрылись закрывается закрываются закрываться перекрыт перекрыта перекрыто перекрыты
непроезж* непроходим*
`);
