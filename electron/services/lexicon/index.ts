export { baseLexicon, baseLexiconFile } from './base';
export { LexiconStore } from './store';
export { LinkLearning } from './learning';
export { importLexicon, type LexiconImportOptions, type LexiconImportProgress, type LexiconImportResult } from './import';
export { LexiconService } from './service';
