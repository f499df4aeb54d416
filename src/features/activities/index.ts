/** The activiteitenagenda's public face: the feature, the portal's themes, and what the district's start page shows of it. */
export { activitiesFeature } from './activities.feature.ts';
export { activityThemes } from './agenda/activity.rules.ts';
export { upcomingActivities, type UpcomingActivity } from './agenda/upcoming.repository.ts';
export { agendaItems } from './agenda/activities.repository.ts';
export { whenText as activityWhenText } from './agenda/agenda.components.tsx';
