// Public surface of shared/formats: import from here ('../shared/formats') or the per-format modules.
export * from './model';
export { DEFAULT_XML_LIMITS, type XmlLimits } from './xml/safe';
export { escapeAttr, escapeText, type InvalidCharPolicy } from './xml/escape';
export { createTmxReader, parseTmx, readTmx, type TmxReader, type TmxReaderOptions, type TmxReadStats, type TmxHeader } from './tmx/read14';
export { serializeTmx, serializeTmxChunks, inlineToTmx, type TmxWriteOptions, type TmxWriteHeader } from './tmx/write14';
export { fromTmxDate, toTmxDate } from './tmx/dates';
