/** The common language's public face: the feature, and the core questions other features ask. */
export { commonLanguageFeature } from './common-language.feature.ts';
