import { formatDate, type Translate } from '../../../platform/i18n/i18n.ts';
import type { PageContext } from '../../../platform/http/request-context.ts';
import { clockTime, minutesOf, parseByday, type Schedule } from '../model/schedule.rules.ts';

function dayList(t: Translate, byday: string): string {
  const days = parseByday(byday) ?? [];
  const words = days.map((d) =>
    d.ordinal === null
      ? t(`guide.day.${d.day}`)
      : t('guide.day.ordinal', { week: t(`guide.week.${d.ordinal}`), day: t(`guide.day.${d.day}`) }),
  );
  return words.length <= 1 ? (words[0] ?? '') : t('guide.list.and', { first: words.slice(0, -1).join(', '), last: words.at(-1) ?? '' });
}

function hoursText(s: Schedule): string {
  const opens = minutesOf(s.opensAt);
  const closes = minutesOf(s.closesAt);
  return opens === null || closes === null ? '' : `${clockTime(opens)}–${clockTime(closes)}`;
}

/** A schedule in plain words: "dinsdag en donderdag, 09:00–12:00". */
export function describeSchedule(t: Translate, s: Schedule, lang: PageContext['lang']): string {
  const hours = hoursText(s);
  const from = s.validFrom === null ? '' : formatDate(s.validFrom, lang);
  const to = s.validTo === null ? '' : formatDate(s.validTo, lang);
  if (s.exception === 'closed')
    return from === to ? t('guide.schedule.closedOn', { date: from }) : t('guide.schedule.closedFromTo', { from, to });
  if (s.exception === 'changed')
    return from === to ? t('guide.schedule.changedOn', { date: from, hours }) : t('guide.schedule.changedFromTo', { from, to, hours });
  const days = dayList(t, s.byday);
  const key = s.freq === 'MONTHLY' ? 'guide.schedule.monthly' : s.interval > 1 ? 'guide.schedule.everyWeeks' : 'guide.schedule.weekly';
  const base = t(key, { days, hours, weeks: s.interval });
  const until = s.validTo === null ? '' : ` ${t('guide.schedule.until', { date: to })}`;
  const since = s.validFrom === null ? '' : ` ${t('guide.schedule.from', { date: from })}`;
  return `${base}${since}${until}`;
}

export function ScheduleList({ ctx, schedules }: { ctx: PageContext; schedules: readonly Schedule[] }) {
  if (schedules.length === 0) return '';
  const kinds = ['opening', 'walk_in', 'consultation'] as const;
  return (
    <dl class="utrecht-data-list wp-schedule">
      {kinds.map((kind) => {
        const ofKind = schedules.filter((s) => s.kind === kind);
        if (ofKind.length === 0) return '';
        return (
          <div class="utrecht-data-list__item">
            <dt class="utrecht-data-list__item-key" safe>
              {ctx.t(`guide.kind.${kind}`)}
            </dt>
            <dd class="utrecht-data-list__item-value">
              <ul class="utrecht-unordered-list">
                {ofKind.map((s) => (
                  <li class="utrecht-unordered-list__item">
                    <span safe>{describeSchedule(ctx.t, s, ctx.lang)}</span>
                    {s.description ? <span safe>{` (${s.description})`}</span> : ''}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
