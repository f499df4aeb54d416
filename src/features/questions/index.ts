/** Questions' public face: the feature (asking, triage, referrals with consent, privacy). */
export { questionsFeature } from './questions.feature.ts';
