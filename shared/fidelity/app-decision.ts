/**
 * The decision layer the app and the CLI check quotations with (`CheckOptions.decision`): the
 * shipped model in its 'filter' mode, which only drops rule flags it judges to be false alarms
 * (figures: README, "Learned decision layer"). `undefined` here gives the rules alone.
 */
import type { DecisionModel } from './decide';
import { DECISION_MODEL } from './decide-weights';

export const APP_DECISION: DecisionModel | undefined = DECISION_MODEL;
