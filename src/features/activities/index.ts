/** The activiteitenagenda's public face: the feature, and what the district's start page shows of it. */
export { activitiesFeature } from './activities.feature.ts';
