export { baseLexicon, baseLexiconFile } from './base';
export { LexiconStore } from './store';
export { LinkLearning } from './learning';
