/**
 * The core questions of seed 000 annex II, in their order: "wat wil je weten? Wat wil je
 * bereiken? Wat heb je nodig? Wat kun je zelf? Wat wil je bijdragen? En wat is jouw talent?"
 * Their words are the catalogs' `common-language.question.{key}`.
 */
export const coreQuestions = ['know', 'achieve', 'need', 'self', 'contribute', 'talent'] as const;
export type CoreQuestion = (typeof coreQuestions)[number];
