import type { PageContext } from '../../platform/http/request-context.ts';
import { formatDate } from '../../platform/i18n/i18n.ts';
import { CsrfField, Notice } from '../../platform/layout/forms.tsx';
import type { Page } from '../../platform/layout/render.ts';
import { duration, Heading, Para } from './components.tsx';
import type { HelpYear } from './figures.repository.ts';
import { daysIn, partsIn } from './time.rules.ts';
import type { Volunteer } from './volunteers.repository.ts';

function Standing({ ctx, v }: { ctx: PageContext; v: Volunteer }) {
  const { t } = ctx;
  return (
    <form method="post" action={`/${ctx.district?.slug ?? ''}/hulp/vrijwilligers/${v.id}`} class="wp-help-standing">
      <CsrfField token={ctx.csrfToken} />
      <div class="utrecht-form-field utrecht-form-field--checkbox">
        <input
          class="utrecht-checkbox utrecht-checkbox--html-input"
          type="checkbox"
          id={`vog-${v.id}`}
          name="vogOnFile"
          checked={v.vogOnFile}
        />
        <label class="utrecht-form-label utrecht-form-label--checkbox" for={`vog-${v.id}`} safe>
          {t('help.volunteers.vog', { name: v.name })}
        </label>
      </div>
      <div class="utrecht-form-field utrecht-form-field--checkbox">
        <input
          class="utrecht-checkbox utrecht-checkbox--html-input"
          type="checkbox"
          id={`active-${v.id}`}
          name="active"
          checked={v.active}
        />
        <label class="utrecht-form-label utrecht-form-label--checkbox" for={`active-${v.id}`} safe>
          {t('help.volunteers.active', { name: v.name })}
        </label>
      </div>
      <button
        type="submit"
        class="utrecht-button utrecht-button--secondary-action"
        aria-label={t('help.volunteers.saveOf', { name: v.name })}
        safe
      >
        {t('help.volunteers.save')}
      </button>
    </form>
  );
}

function availabilityText(ctx: PageContext, mask: number): string {
  if (mask === 0) return ctx.t('help.volunteers.noTime');
  return `${daysIn(mask)
    .map((d) => ctx.t(`help.day.${d}`))
    .join(', ')}: ${partsIn(mask)
    .map((p) => ctx.t(`help.part.${p}`))
    .join(', ')}`;
}

/** The coordinator's list of volunteers: talents, time and reach; where they live only as a buurt. */
export function volunteersPage(ctx: PageContext, volunteers: Volunteer[], load: Map<string, number>, saved: boolean): Page {
  const { t } = ctx;
  return {
    title: t('help.volunteers.title'),
    body: (
      <>
        <Heading text={t('help.volunteers.title')} />
        <Para text={t('help.volunteers.intro')} />
        {saved ? <Notice text={t('help.volunteers.saved')} /> : ''}
        {volunteers.length === 0 ? <Para text={t('help.volunteers.none')} /> : ''}
        <ul class="wp-card-list wp-help-volunteers">
          {volunteers.map((v) => (
            <li class="wp-card">
              <Heading level={2} text={v.name} />
              <ul class="utrecht-unordered-list">
                <li
                  class="utrecht-unordered-list__item"
                  safe
                >{`${t('help.volunteers.buurt')}: ${v.buurtName} · ${t(`help.reach.${v.reach}`)}`}</li>
                <li
                  class="utrecht-unordered-list__item"
                  safe
                >{`${t('help.volunteers.talents')}: ${v.talents.map((x) => t(`help.talent.${x}`)).join(', ')}`}</li>
                <li
                  class="utrecht-unordered-list__item"
                  safe
                >{`${t('help.volunteers.time')}: ${availabilityText(ctx, v.availability)}`}</li>
                <li class="utrecht-unordered-list__item" safe>
                  {t('help.volunteers.load', { count: load.get(v.id) ?? 0 })}
                </li>
                <li class="utrecht-unordered-list__item" safe>
                  {v.vogOnFile && v.vogCheckedAt !== null
                    ? t('help.volunteers.vogSince', { date: formatDate(v.vogCheckedAt, ctx.lang) })
                    : t('help.volunteers.noVog')}
                </li>
                <li class="utrecht-unordered-list__item" safe>{`${t('help.volunteers.email')}: ${v.email}`}</li>
              </ul>
              <Standing ctx={ctx} v={v} />
            </li>
          ))}
        </ul>
      </>
    ),
  };
}

const monthKeys = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;

/** The district's totals, for appreciation: what volunteers gave together; never a ranking of people. */
export function appreciationPage(ctx: PageContext, year: number, figures: HelpYear): Page {
  const { t } = ctx;
  const minutes = figures.minutesByMonth.reduce((a, b) => a + b, 0);
  return {
    title: t('help.appreciation.title'),
    body: (
      <>
        <Heading text={t('help.appreciation.title')} />
        <Para
          lead
          text={t('help.appreciation.intro', {
            year,
            hours: duration(t, minutes),
            count: figures.servicesDone,
            volunteers: figures.activeVolunteers,
          })}
        />
        <table class="utrecht-table utrecht-table--html-table">
          <caption class="utrecht-table__caption" safe>
            {t('help.appreciation.caption', { year })}
          </caption>
          <thead class="utrecht-table__header">
            <tr class="utrecht-table__row">
              {['month', 'matches', 'hours'].map((c) => (
                <th class="utrecht-table__header-cell" scope="col" safe>
                  {t(`help.appreciation.column.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody class="utrecht-table__body">
            {monthKeys.map((m, i) => (
              <tr class="utrecht-table__row">
                <th class="utrecht-table__header-cell" scope="row" safe>
                  {t(`help.month.${m}`)}
                </th>
                <td class="utrecht-table__cell" safe>
                  {String(figures.matchesByMonth[i] ?? 0)}
                </td>
                <td class="utrecht-table__cell" safe>
                  {duration(t, figures.minutesByMonth[i] ?? 0)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <Para text={t('help.appreciation.noRanking')} />
      </>
    ),
  };
}
