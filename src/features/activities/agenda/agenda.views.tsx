import type { PageContext } from '../../../platform/http/request-context.ts';
import type { Buurt } from '../../../platform/geography/geography.repository.ts';
import { Notice, SelectField, SubmitButton, TextField, type FormState } from '../../../platform/layout/forms.tsx';
import type { Page } from '../../../platform/layout/render.ts';
import { amsterdamParts } from '../../../platform/calendar/amsterdam-time.ts';
import type { AgendaItem } from './activities.repository.ts';
import { activityThemes } from './activity.rules.ts';
import { agendaBase, costText, Crumbs, dayText, Heading } from './agenda.components.tsx';

export interface AgendaData {
  items: AgendaItem[];
  buurten: Buurt[];
  /** Names of the places, and which are assessed accessible. */
  places: Map<string, { name: string; accessible: boolean }>;
  filter: FormState;
  feeds: { label: string; href: string }[];
  mayOrganise: boolean;
  mayApprove: boolean;
  /** The buurt chosen in the filter (its slug), for the printable agenda. */
  buurtSlug?: string;
  /** This month, `2026-12`, for the printable agenda. */
  month: string;
  notice?: string;
}

function Filters({ ctx, data }: { ctx: PageContext; data: AgendaData }) {
  const { t } = ctx;
  const form = data.filter;
  const ticked = (name: string) => (form.values[name] === '1' ? true : undefined);
  return (
    <form class="wp-form wp-agenda-filters" method="get" action={agendaBase(ctx)}>
      <SelectField
        t={t}
        form={form}
        name="buurt"
        label={t('activities.filter.buurt')}
        required={false}
        placeholder={t('activities.filter.all')}
        options={data.buurten.map((b) => ({ value: b.slug, label: b.name }))}
      />
      <SelectField
        t={t}
        form={form}
        name="thema"
        label={t('activities.filter.theme')}
        required={false}
        placeholder={t('activities.filter.all')}
        options={activityThemes.map((th) => ({ value: th, label: t(`activities.theme.${th}`) }))}
      />
      <TextField
        t={t}
        form={form}
        name="dag"
        type="date"
        label={t('activities.filter.day')}
        required={false}
        description={t('activities.filter.day.description')}
      />
      <div class="utrecht-form-field utrecht-form-field--checkbox wp-check">
        <input
          class="utrecht-checkbox utrecht-checkbox--html-input"
          type="checkbox"
          id="filter-gratis"
          name="gratis"
          value="1"
          checked={ticked('gratis')}
        />
        <label class="utrecht-form-label utrecht-form-label--checkbox" for="filter-gratis" safe>
          {t('activities.filter.free')}
        </label>
      </div>
      <div class="utrecht-form-field utrecht-form-field--checkbox wp-check">
        <input
          class="utrecht-checkbox utrecht-checkbox--html-input"
          type="checkbox"
          id="filter-toegankelijk"
          name="toegankelijk"
          value="1"
          checked={ticked('toegankelijk')}
        />
        <label class="utrecht-form-label utrecht-form-label--checkbox" for="filter-toegankelijk" safe>
          {t('activities.filter.accessible')}
        </label>
      </div>
      <SubmitButton label={t('activities.filter.show')} secondary />
    </form>
  );
}

/** The items grouped by Amsterdam day. */
function byDay(items: readonly AgendaItem[]): [string, AgendaItem[]][] {
  const days = new Map<string, AgendaItem[]>();
  for (const item of items) {
    const day = amsterdamParts(item.startsAt)[0];
    days.set(day, [...(days.get(day) ?? []), item]);
  }
  return [...days];
}

function Item({ ctx, item, data }: { ctx: PageContext; item: AgendaItem; data: AgendaData }) {
  const { t } = ctx;
  const place = data.places.get(item.activity.locationId);
  const start = amsterdamParts(item.startsAt)[1];
  return (
    <li class="wp-agenda-item">
      <a class="utrecht-link" href={`${agendaBase(ctx)}/${item.activity.id}`}>
        <span safe>{`${start} ${item.activity.title}`}</span>
      </a>
      {item.cancelled === null ? (
        ''
      ) : (
        <p class="utrecht-paragraph wp-cancelled" safe>
          {t('activities.cancelled.line', { reason: item.cancelled })}
        </p>
      )}
      <p class="utrecht-paragraph wp-muted" safe>
        {[place?.name ?? '', costText(ctx, item.activity.costCents), place?.accessible === true ? t('activities.accessible') : '']
          .filter((s) => s !== '')
          .join(' · ')}
      </p>
    </li>
  );
}

/** What's on: filters, the days with their activities, and the calendar feeds to follow. */
export function agendaPage(ctx: PageContext, data: AgendaData): Page {
  const { t } = ctx;
  const base = agendaBase(ctx);
  return {
    title: t('activities.title'),
    body: (
      <>
        <Crumbs ctx={ctx} />
        <Heading title={t('activities.title')} intro={t('activities.intro')} />
        {data.notice === undefined ? '' : <Notice text={data.notice} />}
        {data.mayOrganise ? (
          <p class="utrecht-paragraph">
            <a class="utrecht-link" href={`${base}/nieuw`} safe>
              {t('activities.new')}
            </a>
            {data.mayApprove ? (
              <>
                {' · '}
                <a class="utrecht-link" href={`${base}/beheer`} safe>
                  {t('activities.manage')}
                </a>
              </>
            ) : (
              <>
                {' · '}
                <a class="utrecht-link" href={`${base}/beheer`} safe>
                  {t('activities.mine')}
                </a>
              </>
            )}
          </p>
        ) : (
          ''
        )}
        <Filters ctx={ctx} data={data} />
        <h2 class="utrecht-heading-2" safe>
          {t('activities.list.heading', { count: data.items.length })}
        </h2>
        {data.items.length === 0 ? (
          <p class="utrecht-paragraph" safe>
            {t('activities.list.none')}
          </p>
        ) : (
          ''
        )}
        {byDay(data.items).map(([day, items]) => (
          <section class="wp-agenda-day">
            <h3 class="utrecht-heading-3" safe>
              {dayText(ctx, day)}
            </h3>
            <ul class="utrecht-unordered-list wp-agenda-list">
              {items.map((item) => (
                <Item ctx={ctx} item={item} data={data} />
              ))}
            </ul>
          </section>
        ))}
        <h2 class="utrecht-heading-2" safe>
          {t('activities.print.heading')}
        </h2>
        <ul class="utrecht-unordered-list">
          <li>
            <a class="utrecht-link" href={`${base}/afdrukken${data.buurtSlug === undefined ? '' : `?buurt=${data.buurtSlug}`}`} safe>
              {t('activities.print.thisWeek')}
            </a>
          </li>
          <li>
            <a
              class="utrecht-link"
              href={`${base}/afdrukken?maand=${data.month}${data.buurtSlug === undefined ? '' : `&buurt=${data.buurtSlug}`}`}
              safe
            >
              {t('activities.print.thisMonth')}
            </a>
          </li>
        </ul>
        <h2 class="utrecht-heading-2" safe>
          {t('activities.feeds.heading')}
        </h2>
        <p class="utrecht-paragraph" safe>
          {t('activities.feeds.intro')}
        </p>
        <ul class="utrecht-unordered-list">
          {data.feeds.map((feed) => (
            <li>
              <a class="utrecht-link" href={feed.href} safe>
                {feed.label}
              </a>
            </li>
          ))}
        </ul>
      </>
    ),
  };
}
