/** Neighbour help's public face: the feature, and the hand-over of a question into a help request. */
export { helpFeature } from './help.feature.ts';
export { createHelpRequestFromQuestion } from './intake/handover.actions.ts';
export { requestBuddyForActivity } from './intake/buddy.actions.ts';
