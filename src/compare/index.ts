// The compare stage: contradictions and claim status over the merged graph, reuse and off-topic
// sentences over the articles.
export { findContradictions } from './find-contradictions.ts';
export { claimStatus, claimStatuses, contradictedClaims } from './claim-status.ts';
export { scoreReuse, REUSE_THRESHOLDS } from './score-reuse.ts';
export { findOffTopicSentences, OFF_TOPIC } from './find-off-topic.ts';
export { normaliseTime, timesCompatible } from './time-expression.ts';
export { comparableRange, rangesDisjoint } from './quantity-range.ts';
export { FUNCTIONAL_RELATIONS } from './functional-relations.ts';
