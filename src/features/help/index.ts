/** Neighbour help's public face: the feature, the hand-over of a question into a help request, and an invitation to the volunteer pool. */
export { helpFeature } from './help.feature.ts';
export { createHelpRequestFromQuestion } from './intake/handover.actions.ts';
export { inviteToVolunteerPool } from './pool/pool.actions.ts';
export { requestBuddyForActivity } from './intake/buddy.actions.ts';
export { adoptHouseRules } from './house-rules/rules.actions.ts';
export { HouseRulesFields, rulesFieldLabels, rulesFormValues } from './house-rules/rules-form.views.tsx';
export { rulesForm } from './house-rules/rules.schema.ts';
export { findHouseRules, rulesVersions, type AdoptedVersion } from './house-rules/rules.repository.ts';
export { seedRules, vogTalentsOf } from './house-rules/house-rules.rules.ts';
export { findVogValidity, saveVogTalents, saveVogValidity, withVogTalents } from './volunteers/vog.repository.ts';
export { EARLIEST_VOG_DATE } from './shared/vog.rules.ts';
export { VogPeriod } from './volunteers/vog.views.tsx';
export { activateVolunteer, enlistVolunteer, vogNeededFor } from './volunteers/enlist.actions.ts';
export { kinds as helpKinds, talents } from './shared/talents.rules.ts';
export { WhenFields } from './shared/fields.views.tsx';
export { when } from './shared/help.schema.ts';
export { helpAskedInBuurt, volunteerTalentsInBuurt } from './shared/gap.repository.ts';
export {
  findStudentReferral,
  handBackToDesk,
  noteStudentMatched,
  studentReferrals,
  type StudentReferral,
} from './lifecycle/students.actions.ts';
export { isTalent } from './shared/talents.rules.ts';
export { findVolunteersForPool } from './volunteers/pool-search.repository.ts';
