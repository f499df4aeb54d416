/** The activiteitenagenda's public face: the feature, and what the district's start page shows of it. */
export { activitiesFeature } from './activities.feature.ts';
export { upcomingActivities, UpcomingActivities } from './agenda/start-block.tsx';
export type { AgendaItem } from './agenda/activities.repository.ts';
export { activityThemes, type ActivityTheme } from './agenda/activity.rules.ts';
