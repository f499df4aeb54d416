/** The cooperative's public face: the feature itself. */
export { cooperativeFeature } from './cooperative.feature.ts';
/** The gap between needs and supply per buurt, linked from the pact's monitoring. */
export { gapLinkFor } from './surveys/gap.link.ts';
