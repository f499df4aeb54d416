/** Neighbour help's public face: the feature, the hand-over of a question into a help request, and an invitation to the volunteer pool. */
export { helpFeature } from './help.feature.ts';
export { createHelpRequestFromQuestion } from './intake/handover.actions.ts';
export { inviteToVolunteerPool } from './pool/pool.actions.ts';
export { requestBuddyForActivity } from './intake/buddy.actions.ts';
