// The translation-or-report decision lives with the alignment planner in shared/align.
export { decideMode, CONFIDENT_BEAD, MIN_COVERAGE, MIN_PAIRED, RATIO_BAND, type ModeDecision } from '../../../shared/align/mode';
