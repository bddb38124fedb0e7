// Public surface of shared/formats: import from here ('../shared/formats') or the per-format modules.
export * from './model';
export { DEFAULT_XML_LIMITS, type XmlLimits } from './xml/safe';
export { escapeAttr, escapeText, type InvalidCharPolicy } from './xml/escape';
export { createTmxReader, parseTmx, readTmx, type TmxReader, type TmxReaderOptions, type TmxReadStats, type TmxHeader } from './tmx/read14';
export { serializeTmx, serializeTmxChunks, inlineToTmx, type TmxWriteOptions, type TmxWriteHeader } from './tmx/write14';
export { fromTmxDate, toTmxDate } from './tmx/dates';
export { createXliff12Reader, parseXliff12, type XliffReader, type XliffReaderOptions, type XliffReadStats } from './xliff/read12';
export { serializeXliff12, serializeXliff12Chunks, inlineTo12, type Xliff12WriteOptions } from './xliff/write12';
export { createXliff21Reader, parseXliff21 } from './xliff/read21';
export { serializeXliff21, serializeXliff21Chunks, groupByLangPair, type Xliff21WriteOptions } from './xliff/write21';
export { createCsvReader, parseCsv, type CsvReader, type CsvReaderOptions } from './csv/read';
export { serializeCsv, serializeCsvChunks, type CsvWriteOptions } from './csv/write';
export { CSV_COLUMNS, inlineToCell, cellToInline, guardCell, unguardCell } from './csv/columns';
export { createUnitReader, EXPORT_EXTENSIONS, exportChunks, formatFromFileName, parseUnits, readUnits, rootStartTag, serializeUnits, sniffXliffVersion, type ExportFormat, type FileFormat, type ReadOptions, type WriteOptions } from './dispatch';
export { createReadStats, describeRead, lineOf, MAX_SKIP_DETAILS, recordSkip, SKIP_REASONS, SKIP_REASON_TEXT, type ReadStats, type SkipReason, type SkippedUnit, type UnitReader } from './read-kit';
export { writeBilingualDocx, type BilingualDocxOptions } from './docx/writeBilingual';
export { renderHtmlReport, escapeHtml, type HtmlReportOptions } from './html/report';
export { sniffXmlEncoding } from './xml/encoding';
