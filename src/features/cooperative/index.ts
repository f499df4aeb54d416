/** The cooperative's public face: the feature itself. */
export { cooperativeFeature } from './cooperative.feature.ts';
