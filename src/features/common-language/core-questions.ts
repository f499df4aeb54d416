/**
 * The core questions of seed 000 annex II, in their order: "wat wil je weten? Wat wil je
 * bereiken? Wat heb je nodig? Wat kun je zelf? Wat wil je bijdragen? En wat is jouw talent?"
 * Their words are the catalogs' `common-language.question.{key}`.
 */
export const coreQuestions = ['know', 'achieve', 'need', 'self', 'contribute', 'talent'] as const;
export type CoreQuestion = (typeof coreQuestions)[number];

/**
 * The form field of each core question. Intake forms have fields of their own (a help request's
 * `talent` is a kind of help), so the core questions' fields carry the `core` prefix everywhere.
 */
export const coreFields = {
  know: 'coreKnow',
  achieve: 'coreAchieve',
  need: 'coreNeed',
  self: 'coreSelf',
  contribute: 'coreContribute',
  talent: 'coreTalent',
} as const satisfies Record<CoreQuestion, string>;

/** The resident's consent: what they would like to contribute goes to the volunteer pool. */
export const coreInviteField = 'coreInvite';
