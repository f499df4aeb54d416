import type { PageContext } from '../../../platform/http/request-context.ts';
import { formatDate, type Lang } from '../../../platform/i18n/i18n.ts';
import { describeSchedule } from '../common/schedule.views.tsx';
import { PhoneLinks } from '../entries/detail.views.tsx';
import { clockTime } from '../model/schedule.rules.ts';
import { openState, type StaffedBy, type WalkInHours, type WalkInPoint } from './walk-ins.rules.ts';

function OpenNow({ ctx, hours, now }: { ctx: PageContext; hours: readonly WalkInHours[]; now: Date }) {
  const state = openState(hours, now);
  if (state.now !== null)
    return (
      <strong class="wp-open-now wp-open-now--open" safe>
        {ctx.t('guide.walkIn.openNow', { until: clockTime(state.now.closes) })}
      </strong>
    );
  const next = state.next;
  const key =
    next === null ? '' : next.inDays === 0 ? 'guide.walkIn.nextToday' : next.inDays < 7 ? 'guide.walkIn.nextOn' : 'guide.walkIn.nextOnDate';
  const when =
    next === null
      ? ''
      : ctx.t(key, { day: ctx.t(`guide.day.${next.weekday}`), date: formatDate(next.date, ctx.lang), at: clockTime(next.opens) });
  return (
    <strong class="wp-open-now" safe>
      {when === '' ? ctx.t('guide.walkIn.closed') : ctx.t('guide.walkIn.closedUntil', { when })}
    </strong>
  );
}

// The hours in words depend only on the hours and the language; the walk-in points come from
// memory (the same list until the guide changes), so each list is put in words once per language.
const hoursInWords = new WeakMap<readonly WalkInHours[], Partial<Record<Lang, JSX.Element>>>();

/** The walk-in and consultation hours in words, grouped by who staffs them. */
function WalkInHoursList({ ctx, hours }: { ctx: PageContext; hours: readonly WalkInHours[] }): JSX.Element {
  let known = hoursInWords.get(hours);
  if (known === undefined) {
    known = {};
    hoursInWords.set(hours, known);
  }
  return (known[ctx.lang] ??= hoursList(ctx, hours));
}

function hoursList(ctx: Pick<PageContext, 't' | 'lang'>, hours: readonly WalkInHours[]): JSX.Element {
  const groups = (['walk_in', 'consultation'] as const).flatMap((kind) =>
    (['residents', 'professionals'] as readonly StaffedBy[]).map((by) => ({
      key: `guide.walkIn.${kind}.${by}`,
      items: hours.filter((h) => h.schedule.kind === kind && h.staffedBy === by),
    })),
  );
  return (
    <dl class="utrecht-data-list wp-schedule">
      {groups
        .filter((g) => g.items.length > 0)
        .map((g) => (
          <div class="utrecht-data-list__item">
            <dt class="utrecht-data-list__item-key" safe>
              {ctx.t(g.key)}
            </dt>
            <dd class="utrecht-data-list__item-value">
              <ul class="utrecht-unordered-list">
                {g.items.map((h) => (
                  <li class="utrecht-unordered-list__item" safe>
                    {h.serviceName === ''
                      ? describeSchedule(ctx.t, h.schedule, ctx.lang)
                      : `${describeSchedule(ctx.t, h.schedule, ctx.lang)}: ${h.serviceName}`}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        ))}
    </dl>
  );
}

/** Whom to call and where to walk in at one walk-in point: address, person, phone, hours, open now. */
export function WalkInPointDetails({ ctx, point, now }: { ctx: PageContext; point: WalkInPoint; now: Date }) {
  const address = [point.streetAddress, point.postalCode].filter((x) => x !== null && x !== '').join(', ');
  const phones = point.contact?.phone ? [{ number: point.contact.phone, description: '' }, ...point.phones] : point.phones;
  return (
    <>
      <p class="utrecht-paragraph">
        <strong safe>{point.name}</strong>
        {address === '' ? '' : <span safe>{`, ${address}`}</span>}
      </p>
      {point.contact === null ? (
        ''
      ) : (
        <p class="utrecht-paragraph" safe>
          {ctx.t('guide.walkIn.askFor', {
            name: point.contact.title ? `${point.contact.name}, ${point.contact.title}` : point.contact.name,
          })}
        </p>
      )}
      {phones.length === 0 ? (
        ''
      ) : (
        <p class="utrecht-paragraph">
          <span safe>{`${ctx.t('guide.walkIn.call')} `}</span>
          <PhoneLinks phones={phones} />
        </p>
      )}
      {point.contact?.email ? (
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href={`mailto:${point.contact.email}`} safe>
            {point.contact.email}
          </a>
        </p>
      ) : (
        ''
      )}
      <p class="utrecht-paragraph">
        <OpenNow ctx={ctx} hours={point.hours} now={now} />
      </p>
      <WalkInHoursList ctx={ctx} hours={point.hours} />
    </>
  );
}

/**
 * "Bel of loop binnen": the district's contact point (the wijkinformatiepunt) as the guide has it.
 * Every page that offers a person to call uses this block; `data-contact` marks it for the checks.
 */
export function ContactPerson({ ctx, point, now, level = 2 }: { ctx: PageContext; point: WalkInPoint | null; now: Date; level?: 2 | 3 }) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section class="wp-contact-person" data-contact="">
      <Heading class={`utrecht-heading-${level}`} safe>
        {ctx.t('guide.walkIn.title')}
      </Heading>
      {point === null ? (
        <p class="utrecht-paragraph" safe>
          {ctx.t('guide.walkIn.none')}
        </p>
      ) : (
        <WalkInPointDetails ctx={ctx} point={point} now={now} />
      )}
    </section>
  );
}
