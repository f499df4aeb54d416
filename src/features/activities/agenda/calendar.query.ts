/**
 * The agenda as iCalendar text. Calendar programs ask for the same feed every so often, for
 * every subscriber, and building it is the heaviest read of the agenda (a year of dates:
 * 164 ms for 5,000 of them in bench:portal): the text is kept per feed while the activities,
 * the guide's places (their names and addresses) and the day stay the same (ADR 0012).
 */
import { versionsCache } from '../../../platform/cache/versions-cache.ts';
import { calendarText, type CalendarEvent } from '../../../platform/calendar/ical.ts';
import type { Db } from '../../../platform/db/schema.ts';
import type { District } from '../../../platform/geography/geography.repository.ts';
import { GUIDE_ENTRIES_VERSION, placesWithAccess } from '../../guide/index.ts';
import { ACTIVITIES_VERSION, agendaItems, type AgendaFilter, type AgendaItem } from './activities.repository.ts';

const DAY = 86_400_000;

/** One occurrence as an iCalendar event; its UID stays the same in every feed and download. */
function eventOf(baseUrl: URL, district: Pick<District, 'slug'>, item: AgendaItem, places: Map<string, string>): CalendarEvent {
  const url = new URL(`/${district.slug}/activiteiten/${item.activity.id}`, baseUrl).href;
  return {
    uid: `${item.activity.id}-${item.startsAt.replace(/[-:.]/g, '')}@wijkportaal`,
    sequence: item.activity.sequence,
    stamp: new Date(item.activity.updatedAt),
    start: new Date(item.startsAt),
    end: new Date(item.endsAt),
    summary: item.activity.title,
    description: [item.cancelled ?? '', item.activity.description, item.activity.audience, url].filter((s) => s !== '').join('\n\n'),
    location: places.get(item.activity.locationId) ?? '',
    url,
    cancelled: item.cancelled !== null,
  };
}

export interface Feed {
  district: District;
  /** The calendar's name, in the reader's language. */
  name: string;
  filter: Omit<AgendaFilter, 'from' | 'to'>;
}

// A feed is one key (district, name, filter): the district's, each buurt's and theme's, and
// each activity's. The 32 asked last are kept; a big one (5,000 dates) is a few megabytes.
const kept = versionsCache<Buffer>([ACTIVITIES_VERSION, GUIDE_ENTRIES_VERSION], { limit: 32 });

/**
 * The feed's dates from a month before the day to a year after it, as iCalendar text in
 * UTF-8: kept as bytes, so a read of a big feed (megabytes) does not encode it again.
 */
export function calendarFeed(db: Db, baseUrl: URL, feed: Feed, now: Date): Promise<Buffer> {
  const day = Math.floor(now.getTime() / DAY);
  const key = JSON.stringify([feed.district.id, feed.name, feed.filter]);
  return kept(
    db,
    key,
    async () => {
      const range = { from: new Date((day - 31) * DAY).toISOString(), to: new Date((day + 367) * DAY).toISOString() };
      const items = await agendaItems(db, feed.district.id, { ...range, limit: 5_000, ...feed.filter });
      const places = new Map(
        (await placesWithAccess(db, feed.district.id)).map((p) => [p.id, [p.name, p.address].filter((s) => s !== '').join(', ')]),
      );
      return Buffer.from(calendarText({ name: feed.name, events: items.map((item) => eventOf(baseUrl, feed.district, item, places)) }));
    },
    String(day),
  );
}
