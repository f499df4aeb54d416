/**
 * The common language's public face: the feature, the core questions other features ask, and
 * "Het goede gesprek" for their intake forms: its fields, its one fieldset, storing it with a
 * help request or question (and the volunteer-pool invitation it may carry), and showing it.
 */
export { commonLanguageFeatureWith } from './common-language.feature.ts';
export { coreAnswerFields, type CoreAnswersInput } from './core/core-answers.schema.ts';
export { CoreAnswersSection, coreFieldLabels, CoreQuestionsFieldset } from './core/core-fieldset.views.tsx';
export { conversationShownWith, recordLinkedConversation } from './core/linked.actions.ts';
export type { Conversation } from './conversations/conversation.repository.ts';
