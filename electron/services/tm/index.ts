export { DEFAULT_TUNING, PENDING_SCAN_CHUNK, TmService } from './service';
export type { CandidateTuning, ConcordanceHit, ConcordanceOptions, ImportOptions, LookupOptions } from './service';
