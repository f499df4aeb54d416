/** The activiteitenagenda's public face: the feature, the portal's themes, and what the district's start page shows of it. */
export { activitiesFeature } from './activities.feature.ts';
export { activityThemes } from './agenda/activity.rules.ts';
/** @public For the district's start page (issue 11.1), wired by the start page's hook. */
export { upcomingActivities, UpcomingActivities } from './agenda/start-block.tsx';
