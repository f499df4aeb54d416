/** The pact's public face: partners, steering group, meetings, wijkagenda, bottlenecks, Thuis in je Wijk, monitoring. */
export { pactFeature } from './pact.feature.ts';
/** The iCalendar writer and Amsterdam's wall clock, shared with the activiteitenagenda. */
export { calendarText, type CalendarEvent } from './meetings/ical.ts';
export { amsterdamParts, amsterdamToUtc } from './meetings/meetings.rules.ts';
