import { stemDe, stemRu } from '../stem';

/**
 * Function words of each language: they carry no evidence of which Russian words a German
 * quotation renders (every sentence has them), so lexicon pairs and coverage leave them out.
 */
const DE_STOP = new Set(
  (
    'der die das den dem des ein eine einen einem einer eines kein keine keinen keinem keiner keines ' +
    'und oder aber doch sondern denn noch schon auch nur sehr so wie als ob wenn dass daß weil da damit ' +
    'ich du er sie es wir ihr mich dich sich uns euch ihn ihm ihnen mir dir man ' +
    'mein meine meinen meinem meiner dein deine sein seine seinen seinem seiner seines unser unsere unseren unserem unserer ' +
    'ihre ihren ihrem ihrer ihres euer eure dies diese dieser dieses diesen diesem jene jener jenes jenen ' +
    'in im ins an am ans auf aus bei beim mit nach von vom vor zu zum zur über unter um durch für gegen ohne bis seit während wegen ' +
    'ist sind war waren bin bist sei seien wäre wären sein gewesen wird werden wurde wurden würde würden worden hat haben hatte hatten habe hätte hätten ' +
    'kann können konnte konnten muss müssen musste soll sollen sollte sollten will wollen wollte darf dürfen mag möchte ' +
    'nicht nichts hier dort dann jetzt nun immer wieder mehr man etwa bereits dabei dazu darauf daran davon dafür dagegen darüber ' +
    'was wer wo wann warum welche welcher welches welchen welchem alle allem allen aller alles jede jeder jedes jeden jedem ' +
    'einmal ganz gar zwar je ja nein eben mal selbst sogar wohl'
  ).split(' '),
);

const RU_STOP = new Set(
  (
    'и а но или да же ли не ни бы то это этот эта эти этого этой этом этих этим этими тот та те того той том тех тем теми ' +
    'в во на с со к ко по о об обо от до из изо у за над под при про без для через перед между ' +
    'я ты он она оно мы вы они меня тебя его её ее нас вас их мне тебе ему ей нам вам им мной тобой нами вами ими ' +
    'себя себе собой свой своя свое своё свои своего своей своих своим своими своем своём ' +
    'мой моя мое моё мои наш наша наше наши нашего нашей наших нашим ваш ваша ваше ваши ' +
    'что чтобы как так также тоже когда где если чем уже еще ещё только вот все всё весь вся всех всем всеми ' +
    'был была было были быть будет будут есть является являются ' +
    'который которая которое которые которого которой которых которым которыми котором ' +
    'там тут здесь потому поэтому очень лишь даже именно'
  ).split(' '),
);

/** Whether a lower-case German word is a function word. */
export function isStopDe(lower: string): boolean {
  return DE_STOP.has(lower);
}

/** Whether a lower-case Russian word is a function word. */
export function isStopRu(lower: string): boolean {
  return RU_STOP.has(lower.includes('ё') ? lower.replace(/ё/g, 'е') : lower);
}

const WORD = /[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*/gu;

/** Lower-case words of a phrase (hyphenated words kept whole). */
export function wordsOf(text: string): string[] {
  // Stress marks (просто́й) are a reading aid, not part of the word.
  const plain = /[\u0300\u0301]/.test(text) ? text.replace(/[\u0300\u0301]/g, '') : text;
  return (plain.toLowerCase().match(WORD) ?? []) as string[];
}

/** Stems of the content words of a German phrase (hyphenated parts apart). */
export function contentStemsDe(text: string): string[] {
  const out: string[] = [];
  for (const w of wordsOf(text)) for (const p of w.split('-')) if (p.length >= 2 && !isStopDe(p)) out.push(stemDe(p));
  return out;
}

/** Stems of the content words of a Russian phrase. */
export function contentStemsRu(text: string): string[] {
  const out: string[] = [];
  for (const w of wordsOf(text)) for (const p of w.split('-')) if (p.length >= 2 && !isStopRu(p)) out.push(stemRu(p));
  return out;
}
