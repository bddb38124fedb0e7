/** The TMX `header` as read from a file (dates canonical ISO, props without the `x-` prefix). */
export interface TmxHeader {
  /** `version` of the root element (1.4 for files Sverka writes; 1.1-1.4 are read). */
  version: string;
  /** Header srclang: a language tag or `*all*`. */
  srcLang: string;
  creationTool?: string;
  creationToolVersion?: string;
  segType?: string;
  oTmf?: string;
  adminLang?: string;
  dataType?: string;
  oEncoding?: string;
  created?: string;
  creator?: string;
  changed?: string;
  changer?: string;
  props: Record<string, string>;
  notes: string[];
}

/** What a caller may set when writing; everything has a default. */
export interface TmxWriteHeader {
  /** Default `*all*`; every tu also carries its own srclang. */
  srcLang?: string;
  creationTool?: string;
  creationToolVersion?: string;
  /** Default `sentence`. */
  segType?: 'block' | 'paragraph' | 'sentence' | 'phrase';
  oTmf?: string;
  adminLang?: string;
  dataType?: string;
  created?: string;
  creator?: string;
  props?: Record<string, string>;
  notes?: string[];
}

/** TMX prop types: user-defined ones carry `x-`; the domain keeps the bare key. */
export function propKeyFromTmx(type: string): string {
  return type.startsWith('x-') ? type.slice(2) : type;
}

export function propTypeToTmx(key: string): string {
  return `x-${key}`;
}

/** Adds a prop, keeping repeated types as `key#2`, `key#3` (TMX allows repeats; the domain is a record). */
export function addProp(props: Record<string, string>, key: string, value: string): void {
  if (!Object.hasOwn(props, key)) {
    setOwn(props, key, value);
    return;
  }
  for (let n = 2; ; n++) {
    const k = `${key}#${n}`;
    if (!Object.hasOwn(props, k)) {
      setOwn(props, k, value);
      return;
    }
  }
}

/** Assignment that cannot hit the prototype when a file names a key `__proto__`. */
export function setOwn(obj: Record<string, string>, key: string, value: string): void {
  if (key === '__proto__') Object.defineProperty(obj, key, { value, writable: true, enumerable: true, configurable: true });
  else obj[key] = value;
}

/** Case-insensitive language match: exact first, else same primary subtag (ru ~ ru-RU). */
export function langRank(want: string, have: string): 0 | 1 | 2 {
  const w = want.toLowerCase();
  const h = have.toLowerCase();
  if (w === h) return 2;
  const pw = w.split(/[-_]/)[0];
  const ph = h.split(/[-_]/)[0];
  return pw !== undefined && pw === ph ? 1 : 0;
}
