// bench/tmx.bench.ts
import { mkdirSync, writeFileSync } from "node:fs";
import { SaxesParser as SaxesParser2 } from "saxes";

// shared/formats/model.ts
function normalizeInline(runs) {
  const out = [];
  for (const run of runs) {
    if (typeof run === "string") {
      if (run === "") continue;
      const last = out.length - 1;
      const prev = out[last];
      if (typeof prev === "string") out[last] = prev + run;
      else out.push(run);
    } else {
      out.push(cleanTag(run));
    }
  }
  return out;
}
function cleanTag(tag) {
  const t = { kind: tag.kind, id: tag.id };
  if (tag.role !== void 0) t.role = tag.role;
  if (tag.type !== void 0) t.type = tag.type;
  if (tag.data !== void 0) t.data = tag.data;
  if (tag.disp !== void 0) t.disp = tag.disp;
  return t;
}
function pairIndex(inline) {
  const partner = new Array(inline.length).fill(-1);
  const openById = /* @__PURE__ */ new Map();
  inline.forEach((run, i) => {
    if (typeof run === "string") return;
    const key = `${run.role ?? ""}\0${run.id}`;
    if (run.kind === "open") {
      const list = openById.get(key) ?? [];
      list.push(i);
      openById.set(key, list);
    } else if (run.kind === "close") {
      const list = openById.get(key);
      const j = list?.pop();
      if (j !== void 0) {
        partner[i] = j;
        partner[j] = i;
      }
    }
  });
  return partner;
}
function isWellNested(inline, partner = pairIndex(inline)) {
  const stack = [];
  for (let i = 0; i < inline.length; i++) {
    const run = inline[i];
    if (run === void 0 || typeof run === "string" || run.kind === "standalone") continue;
    const p = partner[i] ?? -1;
    if (p < 0) continue;
    if (run.kind === "open") stack.push(i);
    else if (stack.pop() !== p) return false;
  }
  return true;
}
var ISO_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})$/;
var CANONICAL_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
function isValidDateTime(y, mo, d, h, mi, s) {
  if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 59) return false;
  const leap = y % 4 === 0 && y % 100 !== 0 || y % 400 === 0;
  const days = mo === 2 ? leap ? 29 : 28 : mo === 4 || mo === 6 || mo === 9 || mo === 11 ? 30 : 31;
  return d <= days;
}
function canonicalDate(value) {
  const m = ISO_RE.exec(value);
  if (!m) return void 0;
  const [y, mo, d, h, mi, s] = m.slice(1, 7).map(Number);
  if (!isValidDateTime(y, mo, d, h, mi, s)) return void 0;
  if (CANONICAL_RE.test(value)) return value;
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) return void 0;
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
}

// shared/formats/xml/safe.ts
import { SaxesParser } from "saxes";

// shared/errors.ts
var SverkaError = class extends Error {
  code;
  /** Optional machine-readable details (file position, limit, ...). */
  details;
  constructor(code, message, details) {
    super(message);
    this.name = "SverkaError";
    this.code = code;
    this.details = details;
  }
};
var ParseError = class extends SverkaError {
  line;
  column;
  constructor(message, where) {
    const at = where?.line !== void 0 ? ` (line ${where.line}${where.column !== void 0 ? `, column ${where.column}` : ""})` : "";
    super("PARSE_ERROR", message + at, where);
    this.name = "ParseError";
    this.line = where?.line;
    this.column = where?.column;
  }
};

// shared/formats/xml/safe.ts
var DEFAULT_XML_LIMITS = Object.freeze({
  maxDepth: 64,
  maxAttributeLength: 65536,
  maxUnitChars: 1048576,
  maxUnitElements: 1e4
});
var XML_NS = "http://www.w3.org/XML/1998/namespace";
var SafeXmlStream = class {
  constructor(sink, opts) {
    this.sink = sink;
    this.opts = opts;
    this.parser = new SaxesParser({ xmlns: opts.xmlns, position: true });
    const p = this.parser;
    p.on("error", (err) => {
      const msg = err.message.replace(/^(?:[^:]*:)?\d+:\d+: /, "");
      this.fail("xml", `Malformed XML: ${msg}`);
    });
    p.on("doctype", (doctype) => this.checkDoctype(doctype));
    p.on("opentag", (tag) => this.onOpen(tag));
    p.on("closetag", (tag) => {
      this.depth--;
      const t = tag;
      this.sink.close(opts.xmlns ? t.local : t.name, opts.xmlns ? t.uri ?? "" : "");
    });
    p.on("text", (t) => this.sink.text(t));
    p.on("cdata", (t) => this.sink.text(t));
  }
  sink;
  opts;
  parser;
  depth = 0;
  started = false;
  sawRoot = false;
  failed;
  ended = false;
  get line() {
    return this.parser.line;
  }
  get column() {
    return this.parser.column;
  }
  /** Throws a ParseError at the current position. */
  fail(reason, message, where) {
    if (this.failed) throw this.failed;
    const err = new ParseError(message, { line: where?.line ?? this.parser.line, column: where?.column ?? this.parser.column, reason });
    this.failed = err;
    throw err;
  }
  write(chunk) {
    if (this.failed) throw this.failed;
    if (this.ended) this.fail("structure", "write() after end()");
    if (chunk === "") return;
    if (!this.started) {
      if (chunk.charCodeAt(0) === 65279) chunk = chunk.slice(1);
      const head = chunk.slice(0, 512);
      if (head.trim() === "") {
        if (head.length === chunk.length) {
          this.feed(chunk);
          return;
        }
      }
      this.started = true;
      this.checkEncoding(head);
    }
    this.feed(chunk);
  }
  end() {
    if (this.failed) throw this.failed;
    if (this.ended) return;
    this.ended = true;
    if (!this.sawRoot && !this.started) this.fail("empty", "The file is empty", { line: 1, column: 1 });
    this.parser.close();
  }
  feed(chunk) {
    try {
      this.parser.write(chunk);
    } catch (e) {
      if (e instanceof ParseError) throw e;
      throw this.failed ?? e;
    }
  }
  checkEncoding(head) {
    if (head.charCodeAt(0) === 65534 || head.includes("\0")) {
      this.fail(
        "utf16",
        "The text contains NUL characters: it looks like UTF-16 (or another multi-byte encoding) decoded as UTF-8 or Latin-1; decode the file with its real encoding first",
        { line: 1, column: 1 }
      );
    }
  }
  checkDoctype(doctype) {
    const decl = /<!ENTITY\s+(%\s*)?[^\s>]+\s+(SYSTEM|PUBLIC)?/i.exec(doctype);
    if (!decl) return;
    if (decl[2]) {
      this.fail("external-entity", "The DOCTYPE declares an external entity; external entities are never loaded");
    }
    this.fail("doctype-entity", "The DOCTYPE declares entities; entity declarations are rejected (no entity expansion)");
  }
  onOpen(tag) {
    this.sawRoot = true;
    this.depth++;
    const lim = this.opts.limits;
    if (this.depth > lim.maxDepth) this.fail("limit", `Elements nested deeper than ${lim.maxDepth}`);
    let attrs = {};
    let name;
    let uri = "";
    if (this.opts.xmlns) {
      const t = tag;
      name = t.local;
      uri = t.uri ?? "";
      for (const a of Object.values(t.attributes)) {
        if (a.prefix === "xmlns" || a.prefix === "" && a.local === "xmlns") continue;
        const key = a.uri === "" ? a.local : a.uri === XML_NS ? `xml:${a.local}` : `{${a.uri}}${a.local}`;
        attrs[key] = a.value;
      }
    } else {
      const t = tag;
      name = t.name;
      attrs = t.attributes;
    }
    for (const k in attrs) {
      if (attrs[k].length > lim.maxAttributeLength) this.fail("limit", `Attribute ${k} longer than ${lim.maxAttributeLength} characters`);
    }
    this.sink.open({ name, uri, attrs, line: this.parser.line, column: this.parser.column });
  }
};

// shared/formats/xml/escape.ts
var INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
var INVALID_XML_G = new RegExp(INVALID_XML.source, "g");
var NEEDS_TEXT = /[&<>\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;
var NEEDS_ATTR = /[&<>"\t\n\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;
var CTRL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
var SURROGATE = /[\uD800-\uDFFF]/;
function checkChars(s, policy) {
  if (!CTRL.test(s) && !SURROGATE.test(s)) return s;
  if (!INVALID_XML.test(s)) return s;
  if (policy === "replace") return s.replace(INVALID_XML_G, "\uFFFD");
  const m = INVALID_XML.exec(s);
  const code = m ? m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0") : "?";
  throw new SverkaError("BAD_REQUEST", `Character U+${code} cannot be written to XML 1.0`, { char: `U+${code}` });
}
function escapeText(s, policy = "error") {
  if (!NEEDS_TEXT.test(s)) return s;
  s = checkChars(s, policy);
  if (!/[&<>\r]/.test(s)) return s;
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\r/g, "&#13;");
}
function escapeAttr(s, policy = "error") {
  if (!NEEDS_ATTR.test(s)) return s;
  s = checkChars(s, policy);
  if (!/[&<>"\t\n\r]/.test(s)) return s;
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/\t/g, "&#9;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;");
}

// shared/formats/tmx/dates.ts
var TMX_DATE = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z?$/;
function fromTmxDate(value) {
  const m = TMX_DATE.exec(value.trim());
  if (!m) return void 0;
  const [, y, mo, d, h, mi, s] = m;
  if (!isValidDateTime(+y, +mo, +d, +h, +mi, +s)) return void 0;
  return `${y}-${mo}-${d}T${h}:${mi}:${s}Z`;
}
var lastIso = "";
var lastTmx = "";
function toTmxDate(iso) {
  if (iso === lastIso) return lastTmx;
  const c = canonicalDate(iso);
  if (c === void 0) throw new SverkaError("BAD_REQUEST", `Not an ISO 8601 date-time with zone: ${JSON.stringify(iso)}`);
  lastIso = iso;
  lastTmx = c.replace(/[-:]/g, "");
  return lastTmx;
}

// shared/formats/tmx/header.ts
function propKeyFromTmx(type) {
  return type.startsWith("x-") ? type.slice(2) : type;
}
function propTypeToTmx(key) {
  return `x-${key}`;
}
function addProp(props, key, value) {
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
function setOwn(obj, key, value) {
  if (key === "__proto__") Object.defineProperty(obj, key, { value, writable: true, enumerable: true, configurable: true });
  else obj[key] = value;
}
function langRank(want, have) {
  const w = want.toLowerCase();
  const h = have.toLowerCase();
  if (w === h) return 2;
  const pw = w.split(/[-_]/)[0];
  const ph = h.split(/[-_]/)[0];
  return pw !== void 0 && pw === ph ? 1 : 0;
}

// shared/formats/tmx/read14.ts
var CODE_ELEMENTS = /* @__PURE__ */ new Set(["bpt", "ept", "it", "ph", "ut"]);
function createTmxReader(opts = {}) {
  const limits = { ...DEFAULT_XML_LIMITS, ...opts.limits };
  const checkDup = opts.checkDuplicateIds ?? true;
  const seenIds = /* @__PURE__ */ new Set();
  const stats = { tus: 0, units: 0, skipped: 0 };
  let out = [];
  let header;
  let pendingHeader;
  const stack = [];
  let version = "";
  let tu;
  let tuv;
  let textBuf;
  let propType;
  let seg;
  let code;
  let codeDepth = 0;
  const hiIds = [];
  let autoId = 0;
  let markId = 0;
  const stream = new SafeXmlStream(sink(), { xmlns: false, limits });
  function at(el) {
    return { line: el.line, column: el.column };
  }
  function date(el, attr) {
    const v = el.attrs[attr];
    if (v === void 0) return void 0;
    const d = fromTmxDate(v);
    if (d === void 0) stream.fail("date", `Invalid ${attr} ${JSON.stringify(v)} on <${el.name}> (expected YYYYMMDDThhmmssZ)`, at(el));
    return d;
  }
  function count(chars) {
    if (!tu) return;
    tu.chars += chars;
    if (tu.chars > limits.maxUnitChars) stream.fail("limit", `A tu holds more than ${limits.maxUnitChars} characters`);
  }
  function sink() {
    return {
      open(el) {
        const parent = stack[stack.length - 1];
        stack.push(el.name);
        if (tu) {
          tu.elements++;
          if (tu.elements > limits.maxUnitElements) stream.fail("limit", `A tu holds more than ${limits.maxUnitElements} elements`);
        }
        if (seg) return openInline(el);
        if (parent === void 0) {
          if (el.name !== "tmx") stream.fail("root", `Root element is <${el.name}>, expected <tmx>`, at(el));
          version = el.attrs.version ?? "";
          return;
        }
        switch (el.name) {
          case "header": {
            if (parent !== "tmx") break;
            const a = el.attrs;
            const src = a.srclang;
            if (src === void 0 || src.trim() === "") stream.fail("srclang", "The TMX header has no srclang", at(el));
            const h = { version, srcLang: src.trim(), props: {}, notes: [] };
            if (a.creationtool !== void 0) h.creationTool = a.creationtool;
            if (a.creationtoolversion !== void 0) h.creationToolVersion = a.creationtoolversion;
            if (a.segtype !== void 0) h.segType = a.segtype;
            if (a["o-tmf"] !== void 0) h.oTmf = a["o-tmf"];
            if (a.adminlang !== void 0) h.adminLang = a.adminlang;
            if (a.datatype !== void 0) h.dataType = a.datatype;
            if (a["o-encoding"] !== void 0) h.oEncoding = a["o-encoding"];
            const c = date(el, "creationdate");
            if (c !== void 0) h.created = c;
            const ch = date(el, "changedate");
            if (ch !== void 0) h.changed = ch;
            if (a.creationid !== void 0) h.creator = a.creationid;
            if (a.changeid !== void 0) h.changer = a.changeid;
            pendingHeader = h;
            return;
          }
          case "body":
            if (parent !== "tmx") break;
            if (!header) {
              if (!pendingHeader) stream.fail("structure", "<body> before <header>", at(el));
              header = pendingHeader;
            }
            return;
          case "tu": {
            if (parent !== "body") break;
            const a = el.attrs;
            tu = { line: el.line, column: el.column, props: {}, notes: [], tuvs: [], chars: 0, elements: 0 };
            if (a.tuid !== void 0) {
              if (checkDup) {
                if (seenIds.has(a.tuid)) stream.fail("duplicate-id", `Duplicate tuid ${JSON.stringify(a.tuid)}`, at(el));
                seenIds.add(a.tuid);
              }
              tu.id = a.tuid;
            }
            if (a.srclang !== void 0) tu.srcLang = a.srclang;
            Object.assign(tu, metaAttrs2(el));
            return;
          }
          case "tuv": {
            if (parent !== "tu" || !tu) break;
            const lang = el.attrs["xml:lang"] ?? el.attrs.lang;
            if (lang === void 0 || lang.trim() === "") stream.fail("lang", "<tuv> without xml:lang", at(el));
            tuv = { lang: lang.trim(), seg: void 0, props: {}, notes: [], ...metaAttrs2(el) };
            return;
          }
          case "seg":
            if (parent !== "tuv" || !tuv) break;
            if (tuv.seg) stream.fail("structure", "A <tuv> with two <seg> elements", at(el));
            seg = [];
            hiIds.length = 0;
            autoId = 0;
            markId = 0;
            return;
          case "prop":
            if (parent !== "tu" && parent !== "tuv" && parent !== "header") break;
            if (el.attrs.type === void 0) stream.fail("structure", "<prop> without type", at(el));
            propType = el.attrs.type;
            textBuf = "";
            return;
          case "note":
            if (parent !== "tu" && parent !== "tuv" && parent !== "header") break;
            textBuf = "";
            return;
          case "ude":
          case "map":
            if (parent === "header" || parent === "ude") return;
            break;
          default:
            break;
        }
        stream.fail("structure", `Unexpected <${el.name}> inside <${parent}>`, at(el));
      },
      close(name) {
        stack.pop();
        if (seg) {
          if (name === "seg" && codeDepth === 0) {
            if (tuv) tuv.seg = normalizeInline(seg);
            seg = void 0;
            return;
          }
          return closeInline(name);
        }
        const parent = stack[stack.length - 1];
        switch (name) {
          case "prop":
          case "note": {
            const value = textBuf ?? "";
            textBuf = void 0;
            const owner = parent === "tuv" ? tuv : parent === "tu" ? tu : pendingHeader;
            if (!owner) return;
            if (name === "prop") addProp(owner.props, propKeyFromTmx(propType ?? ""), value);
            else owner.notes.push(value);
            propType = void 0;
            return;
          }
          case "tuv":
            if (tu && tuv) {
              if (tuv.seg === void 0) stream.fail("structure", `<tuv xml:lang="${tuv.lang}"> without <seg>`);
              tu.tuvs.push(tuv);
            }
            tuv = void 0;
            return;
          case "tu":
            if (tu) finishTu(tu);
            tu = void 0;
            return;
          case "header":
            if (!header) header = pendingHeader;
            return;
          default:
            return;
        }
      },
      text(t) {
        if (seg) {
          count(t.length);
          if (code) code.data = (code.data ?? "") + t;
          else seg.push(t);
          return;
        }
        if (textBuf !== void 0) {
          count(t.length);
          textBuf += t;
          return;
        }
        if (t.trim() !== "") stream.fail("structure", `Text ${JSON.stringify(t.trim().slice(0, 20))} outside any <seg>, <prop> or <note>`);
      }
    };
  }
  function metaAttrs2(el) {
    const m = {};
    const c = date(el, "creationdate");
    if (c !== void 0) m.created = c;
    const ch = date(el, "changedate");
    if (ch !== void 0) m.changed = ch;
    if (el.attrs.creationid !== void 0) m.creator = el.attrs.creationid;
    if (el.attrs.changeid !== void 0) m.changer = el.attrs.changeid;
    return m;
  }
  function openInline(el) {
    if (!seg) return;
    if (codeDepth > 0) {
      codeDepth++;
      return;
    }
    const a = el.attrs;
    let tag;
    switch (el.name) {
      case "bpt":
        tag = { kind: "open", id: a.i ?? a.x ?? `a${++autoId}` };
        break;
      case "ept":
        tag = { kind: "close", id: a.i ?? `a${++autoId}` };
        break;
      case "it":
        if (a.pos !== "begin" && a.pos !== "end") stream.fail("structure", `<it> needs pos="begin" or pos="end"`, at(el));
        tag = { kind: a.pos === "begin" ? "open" : "close", id: a.x ?? `a${++autoId}` };
        break;
      case "ph":
      case "ut":
        tag = { kind: "standalone", id: a.x ?? `a${++autoId}` };
        break;
      case "hi": {
        const hi = { kind: "open", id: a.x ?? `m${++markId}`, role: "mark" };
        if (a.type !== void 0) hi.type = a.type;
        hiIds.push(hi.id);
        seg.push(hi);
        return;
      }
      default:
        return stream.fail("structure", `Unexpected <${el.name}> inside <seg>`, at(el));
    }
    if (a.type !== void 0 && tag.kind !== "close") tag.type = a.type;
    tag.data = "";
    code = tag;
    codeDepth = 1;
  }
  function closeInline(name) {
    if (!seg) return;
    if (codeDepth > 0) {
      codeDepth--;
      if (codeDepth === 0 && code && CODE_ELEMENTS.has(name)) {
        if (code.data === "") delete code.data;
        seg.push(code);
        code = void 0;
      }
      return;
    }
    if (name === "hi") {
      const id = hiIds.pop() ?? "";
      seg.push({ kind: "close", id, role: "mark" });
    }
  }
  function finishTu(t) {
    stats.tus++;
    const srcDecl = (t.srcLang ?? header?.srcLang ?? "").trim();
    let src;
    if (opts.sourceLang !== void 0) {
      src = best(t.tuvs, opts.sourceLang);
      if (!src) {
        stats.skipped++;
        return;
      }
    } else if (srcDecl === "*all*" || srcDecl === "") {
      src = t.tuvs[0];
    } else {
      src = best(t.tuvs, srcDecl);
      if (!src && t.tuvs.length > 0) {
        stream.fail("srclang", `tu has no tuv in its source language ${srcDecl}`, { line: t.line, column: t.column });
      }
    }
    if (!src || t.tuvs.length < 2) {
      stats.skipped++;
      return;
    }
    let emitted = 0;
    for (const tgt of t.tuvs) {
      if (tgt === src) continue;
      if (opts.targetLang !== void 0 && langRank(opts.targetLang, tgt.lang) === 0) continue;
      const u = {
        sourceLang: src.lang,
        targetLang: tgt.lang,
        source: src.seg ?? [],
        target: tgt.seg ?? [],
        props: { ...t.props, ...src.props, ...tgt.props },
        notes: [...t.notes, ...src.notes, ...tgt.notes]
      };
      if (t.id !== void 0) u.id = t.id;
      const created = tgt.created ?? t.created ?? src.created;
      if (created !== void 0) u.created = created;
      const changed = tgt.changed ?? t.changed ?? src.changed;
      if (changed !== void 0) u.changed = changed;
      const creator = tgt.creator ?? t.creator ?? src.creator;
      if (creator !== void 0) u.creator = creator;
      const changer = tgt.changer ?? t.changer ?? src.changer;
      if (changer !== void 0) u.changer = changer;
      out.push(u);
      emitted++;
    }
    stats.units += emitted;
    if (emitted === 0) stats.skipped++;
  }
  function best(tuvs, lang) {
    let found;
    let rank = 0;
    for (const v of tuvs) {
      const r = langRank(lang, v.lang);
      if (r > rank) {
        rank = r;
        found = v;
        if (r === 2) break;
      }
    }
    return found;
  }
  function drain() {
    const u = out;
    out = [];
    return u;
  }
  return {
    write(chunk) {
      stream.write(chunk);
      return drain();
    },
    end() {
      stream.end();
      if (!header) stream.fail("structure", "The TMX file has no <header>");
      return drain();
    },
    get header() {
      return header;
    },
    stats
  };
}

// shared/formats/tmx/write14.ts
var TOOL_VERSION = "0.1.0";
function* serializeTmxChunks(units2, header = {}, opts = {}) {
  const policy = opts.invalidChars ?? "error";
  const chunkChars = opts.chunkChars ?? 65536;
  const at = (s) => escapeAttr(s, policy);
  const tx = (s) => escapeText(s, policy);
  let buf = '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n';
  buf += `  <header creationtool="${at(header.creationTool ?? "Sverka")}" creationtoolversion="${at(header.creationToolVersion ?? TOOL_VERSION)}"`;
  buf += ` segtype="${at(header.segType ?? "sentence")}" o-tmf="${at(header.oTmf ?? "Sverka")}" adminlang="${at(header.adminLang ?? "en")}"`;
  buf += ` srclang="${at(header.srcLang ?? "*all*")}" datatype="${at(header.dataType ?? "plaintext")}"`;
  if (header.created !== void 0) buf += ` creationdate="${toTmxDate(header.created)}"`;
  if (header.creator !== void 0) buf += ` creationid="${at(header.creator)}"`;
  const hProps = Object.entries(header.props ?? {});
  const hNotes = header.notes ?? [];
  if (hProps.length === 0 && hNotes.length === 0) buf += "/>\n";
  else {
    buf += ">\n";
    for (const n of hNotes) buf += `    <note>${tx(n)}</note>
`;
    for (const [k, v] of hProps) buf += `    <prop type="${at(propTypeToTmx(k))}">${tx(v)}</prop>
`;
    buf += "  </header>\n";
  }
  buf += "  <body>\n";
  const written = /* @__PURE__ */ new Set();
  let group = [];
  const flush = () => {
    const g = group;
    group = [];
    if (g.length === 0) return "";
    const first = g[0];
    if (first.id !== void 0) {
      if (written.has(first.id)) throw new SverkaError("CONFLICT", `Two units with id ${JSON.stringify(first.id)} are not adjacent; TMX needs unique tuids`, { id: first.id });
      written.add(first.id);
    }
    return writeTu(g, at, tx);
  };
  let parts = [buf];
  let size = buf.length;
  for (const u of units2) {
    const last = group[group.length - 1];
    if (last && !(u.id !== void 0 && u.id === last.id && u.sourceLang === last.sourceLang && sameInline(u.source, last.source))) {
      const tu = flush();
      parts.push(tu);
      size += tu.length;
      if (size >= chunkChars) {
        yield parts.join("");
        parts = [];
        size = 0;
      }
    }
    group.push(u);
  }
  parts.push(flush(), "  </body>\n</tmx>\n");
  yield parts.join("");
}
function writeTu(g, at, tx) {
  const first = g[0];
  const single = g.length === 1;
  let s = "    <tu";
  if (first.id !== void 0) s += ` tuid="${at(first.id)}"`;
  s += ` srclang="${at(first.sourceLang)}"`;
  if (single) s += metaAttrs(first, at);
  s += ">\n";
  if (single) s += metaChildren(first, "      ", at, tx);
  s += `      <tuv xml:lang="${at(first.sourceLang)}"><seg>${inlineToTmx(first.source, at, tx)}</seg></tuv>
`;
  for (const u of g) {
    s += `      <tuv xml:lang="${at(u.targetLang)}"`;
    if (single) s += `><seg>${inlineToTmx(u.target, at, tx)}</seg></tuv>
`;
    else {
      s += `${metaAttrs(u, at)}>
${metaChildren(u, "        ", at, tx)}        <seg>${inlineToTmx(u.target, at, tx)}</seg>
      </tuv>
`;
    }
  }
  return s + "    </tu>\n";
}
function metaAttrs(u, at) {
  let s = "";
  if (u.created !== void 0) s += ` creationdate="${toTmxDate(u.created)}"`;
  if (u.creator !== void 0) s += ` creationid="${at(u.creator)}"`;
  if (u.changed !== void 0) s += ` changedate="${toTmxDate(u.changed)}"`;
  if (u.changer !== void 0) s += ` changeid="${at(u.changer)}"`;
  return s;
}
function metaChildren(u, indent, at, tx) {
  let s = "";
  for (const n of u.notes) s += `${indent}<note>${tx(n)}</note>
`;
  for (const [k, v] of Object.entries(u.props)) s += `${indent}<prop type="${at(propTypeToTmx(k))}">${tx(v)}</prop>
`;
  return s;
}
function sameInline(a, b) {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}
function inlineToTmx(inline, at = (s) => escapeAttr(s), tx = (s) => escapeText(s)) {
  if (inline.length === 1 && typeof inline[0] === "string") return tx(inline[0]);
  const partner = pairIndex(inline);
  const marksNest = isWellNested(
    inline.map((r) => typeof r !== "string" && r.role !== "mark" ? "" : r),
    partner.map((p, i) => {
      const r = inline[i];
      return r !== void 0 && typeof r !== "string" && r.role === "mark" ? p : -1;
    })
  );
  let s = "";
  inline.forEach((run, i) => {
    if (typeof run === "string") {
      s += tx(run);
      return;
    }
    const paired = (partner[i] ?? -1) >= 0;
    if (run.role === "mark" && paired && marksNest && run.kind !== "standalone") {
      if (run.kind === "open") s += `<hi x="${at(run.id)}"${typeAttr(run, at)}>`;
      else s += "</hi>";
      return;
    }
    const data = tx(run.data ?? "");
    switch (run.kind) {
      case "standalone":
        s += `<ph x="${at(run.id)}"${typeAttr(run, at)}>${data}</ph>`;
        return;
      case "open":
        if (paired) s += `<bpt i="${at(run.id)}"${numericX(run.id)}${typeAttr(run, at)}>${data}</bpt>`;
        else s += `<it pos="begin" x="${at(run.id)}"${typeAttr(run, at)}>${data}</it>`;
        return;
      case "close":
        if (paired) s += `<ept i="${at(run.id)}">${data}</ept>`;
        else s += `<it pos="end" x="${at(run.id)}">${data}</it>`;
        return;
    }
  });
  return s;
}
function typeAttr(tag, at) {
  return tag.type !== void 0 ? ` type="${at(tag.type)}"` : "";
}
function numericX(id) {
  return /^\d+$/.test(id) ? ` x="${id}"` : "";
}

// shared/formats/xliff/common.ts
var MTYPES = new Set(
  "abbrev abbreviated-form abbreviation acronym appellation collocation common-name datetime equation expanded-form formula head-term initialism international-scientific-term internationalism logical-expression materials-management-unit name near-synonym part-number phrase phraseological-unit protected romanized-form seg set-phrase short-form sku standard-text symbol synonym synonymous-phrase term transcribed-form transliterated-form truncated-term variant".split(
    " "
  )
);

// shared/formats/docx/writeBilingual.ts
import { strToU8, zipSync } from "fflate";

// bench/tmx.bench.ts
var N = Number(process.env.TMX_BENCH_UNITS ?? 2e5);
var CHUNK = 64 * 1024;
function* units(n) {
  for (let i = 0; i < n; i++) {
    const tagged = i % 10 === 0;
    yield {
      id: `t${i}`,
      sourceLang: "ru",
      targetLang: "de",
      source: tagged ? ["\u041F\u0440\u0435\u0441\u0441-\u0441\u0435\u043A\u0440\u0435\u0442\u0430\u0440\u044C ", { kind: "open", id: "1", type: "bold", data: "<b>" }, `\u0437\u0430\u044F\u0432\u0438\u043B ${i}`, { kind: "close", id: "1", data: "</b>" }, ": \xAB\u041C\u044B \u043D\u0435 \u043F\u043E\u043B\u0443\u0447\u0430\u043B\u0438 \u043D\u0438\u043A\u0430\u043A\u0438\u0445 \u0437\u0430\u043F\u0440\u043E\u0441\u043E\u0432 & \u0443\u0432\u0435\u0434\u043E\u043C\u043B\u0435\u043D\u0438\u0439\xBB."] : [`\u041F\u0440\u0435\u0441\u0441-\u0441\u0435\u043A\u0440\u0435\u0442\u0430\u0440\u044C \u0437\u0430\u044F\u0432\u0438\u043B ${i}: \xAB\u041C\u044B \u043D\u0435 \u043F\u043E\u043B\u0443\u0447\u0430\u043B\u0438 \u043D\u0438\u043A\u0430\u043A\u0438\u0445 \u0437\u0430\u043F\u0440\u043E\u0441\u043E\u0432 & \u0443\u0432\u0435\u0434\u043E\u043C\u043B\u0435\u043D\u0438\u0439\xBB.`],
      target: [`Der Pressesprecher erkl\xE4rte ${i}: \u201EWir haben keine Anfragen & Benachrichtigungen erhalten.\u201C`],
      created: "2026-11-27T04:11:47Z",
      creator: "anna",
      props: { origin: i % 3 === 0 ? "machine" : "human", project: "Pressespiegel", status: "translated" },
      notes: i % 5 === 0 ? ["gepr\xFCft"] : []
    };
  }
}
function time(fn) {
  const t0 = performance.now();
  const value = fn();
  return { ms: performance.now() - t0, value };
}
var ser = time(() => {
  const parts = [];
  for (const c of serializeTmxChunks(units(N), { srcLang: "ru" })) parts.push(c);
  return parts.join("");
});
var text = ser.value;
var mb = text.length * 2 / 1e6;
var utf8MB = Buffer.byteLength(text, "utf8") / 1e6;
var bare = time(() => {
  const p = new SaxesParser2({ position: true });
  let n = 0;
  p.on("opentag", () => n++);
  p.on("text", () => n++);
  for (let i = 0; i < text.length; i += CHUNK) p.write(text.slice(i, i + CHUNK));
  p.close();
  return n;
});
var peakRss = process.memoryUsage().rss;
var parse = time(() => {
  const r = createTmxReader();
  let n = 0;
  for (let i = 0; i < text.length; i += CHUNK) {
    n += r.write(text.slice(i, i + CHUNK)).length;
    if (i / CHUNK % 256 === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }
  n += r.end().length;
  return n;
});
if (parse.value !== N) throw new Error(`parsed ${parse.value} units, expected ${N}`);
var heapBefore = process.memoryUsage().heapUsed;
var peakHeap = heapBefore;
var streamed = time(() => {
  const r = createTmxReader();
  let n = 0;
  let k = 0;
  for (const c of serializeTmxChunks(units(N), { srcLang: "ru" })) {
    n += r.write(c).length;
    if (++k % 64 === 0) peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  }
  return n + r.end().length;
});
var lines = [
  `tmx bench: ${N} units, ${utf8MB.toFixed(1)} MB UTF-8`,
  `serialize: ${(N / (ser.ms / 1e3)).toFixed(0)} units/s, ${(utf8MB / (ser.ms / 1e3)).toFixed(1)} MB/s (${ser.ms.toFixed(0)} ms)`,
  `parse (createTmxReader, 64 KiB chunks): ${(N / (parse.ms / 1e3)).toFixed(0)} units/s, ${(utf8MB / (parse.ms / 1e3)).toFixed(1)} MB/s (${parse.ms.toFixed(0)} ms)`,
  `baseline bare saxes pass: ${(utf8MB / (bare.ms / 1e3)).toFixed(1)} MB/s (${bare.ms.toFixed(0)} ms); reader/bare time ratio ${(parse.ms / bare.ms).toFixed(2)}x`,
  `streamed write->read of ${N} units: ${streamed.ms.toFixed(0)} ms, reader heap growth ${((peakHeap - heapBefore) / 1e6).toFixed(0)} MB`,
  `projected parse of 1,000,000 such units: ${(parse.ms / N * 1e6 / 1e3).toFixed(1)} s; peak RSS during parse ${(peakRss / 1e6).toFixed(0)} MB (document string ${mb.toFixed(0)} MB held by the bench itself)`
];
for (const l of lines) console.log(l);
mkdirSync("bench-results", { recursive: true });
writeFileSync(
  "bench-results/tmx.json",
  JSON.stringify({ units: N, utf8MB, serializeMs: ser.ms, parseMs: parse.ms, bareSaxesMs: bare.ms, streamedMs: streamed.ms, streamedHeapGrowthMB: (peakHeap - heapBefore) / 1e6, ratioReaderToBare: parse.ms / bare.ms, peakRssMB: peakRss / 1e6 }, null, 2)
);
