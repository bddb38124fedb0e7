export { DEFAULT_TUNING, TmService } from './service';
export type { CandidateTuning, ConcordanceHit, ConcordanceOptions, ImportOptions, LookupOptions } from './service';
