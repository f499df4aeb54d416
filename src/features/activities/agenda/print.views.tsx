import type { Buurt } from '../../../platform/geography/geography.repository.ts';
import type { PageContext } from '../../../platform/http/request-context.ts';
import type { Page } from '../../../platform/layout/render.ts';
import { agendaBase, Crumbs, dayText } from './agenda.components.tsx';
import { byDay, type PrintedItem, type PrintPeriod } from './print.rules.ts';

export interface PrintData {
  period: PrintPeriod;
  buurt: Buurt | undefined;
  buurten: Buurt[];
  items: PrintedItem[];
  title: string;
  periodText: string;
  footer: string;
}

/** The address of the same page for another period or buurt. */
function printHref(ctx: PageContext, kind: 'week' | 'month', first: string, buurt: string | undefined, pdf = false): string {
  const params = new URLSearchParams(kind === 'month' ? { maand: first.slice(0, 7) } : { week: first });
  if (buurt !== undefined) params.set('buurt', buurt);
  return `${agendaBase(ctx)}/afdrukken${pdf ? '.pdf' : ''}?${params.toString()}`;
}

/** What only the screen shows: other periods, the buurt, the PDF. */
function Choices({ ctx, data }: { ctx: PageContext; data: PrintData }) {
  const { t } = ctx;
  const { period, buurt } = data;
  const slug = buurt?.slug;
  return (
    <div class="wp-print-hide">
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={printHref(ctx, period.kind, period.previous, slug)} safe>
          {t(`activities.print.previous.${period.kind}`)}
        </a>
        {' · '}
        <a class="utrecht-link" href={printHref(ctx, period.kind, period.next, slug)} safe>
          {t(`activities.print.next.${period.kind}`)}
        </a>
        {' · '}
        <a class="utrecht-link" href={printHref(ctx, period.kind === 'week' ? 'month' : 'week', period.first, slug)} safe>
          {t(period.kind === 'week' ? 'activities.print.asMonth' : 'activities.print.asWeek')}
        </a>
        {' · '}
        <a class="utrecht-link" href={printHref(ctx, period.kind, period.first, slug, true)} safe>
          {t('activities.print.pdf')}
        </a>
      </p>
      <form class="wp-form wp-agenda-filters" method="get" action={`${agendaBase(ctx)}/afdrukken`}>
        <input
          type="hidden"
          name={period.kind === 'month' ? 'maand' : 'week'}
          value={period.kind === 'month' ? period.first.slice(0, 7) : period.first}
        />
        <div class="utrecht-form-field">
          <label class="utrecht-form-label" for="print-buurt" safe>
            {t('activities.filter.buurt')}
          </label>
          <select class="utrecht-select utrecht-select--html-select" id="print-buurt" name="buurt">
            <option value="" safe>
              {t('activities.print.wholeDistrict')}
            </option>
            {data.buurten.map((b) => (
              <option value={b.slug} selected={b.slug === slug} safe>
                {b.name}
              </option>
            ))}
          </select>
        </div>
        <button class="utrecht-button utrecht-button--secondary-action" type="submit" safe>
          {t('activities.print.show')}
        </button>
      </form>
      <p class="utrecht-paragraph" safe>
        {t('activities.print.howTo')}
      </p>
    </div>
  );
}

/** The agenda of a week or a month for the notice board of a walk-in point: large type, by day, with place and whom to ask. */
export function printPage(ctx: PageContext, data: PrintData): Page {
  const { t } = ctx;
  return {
    title: `${data.title} – ${data.periodText}`,
    body: (
      <>
        <div class="wp-print-hide">
          <Crumbs ctx={ctx} trail={[{ href: `${agendaBase(ctx)}/afdrukken`, label: t('activities.print.link') }]} />
        </div>
        <div class="wp-print-agenda">
          <h1 class="utrecht-heading-1" safe>
            {data.title}
          </h1>
          <p class="utrecht-paragraph wp-print-period" safe>
            {data.periodText}
          </p>
          <Choices ctx={ctx} data={data} />
          {data.items.length === 0 ? (
            <p class="utrecht-paragraph" safe>
              {t('activities.print.none')}
            </p>
          ) : (
            ''
          )}
          {byDay(data.items).map(([day, items]) => (
            <section class="wp-print-day">
              <h2 class="utrecht-heading-2" safe>
                {dayText(ctx, day)}
              </h2>
              {items.map((item) => (
                <div class="wp-print-item">
                  <h3 class="utrecht-heading-3" safe>
                    {`${item.time}  ${item.title}`}
                  </h3>
                  {[item.cancelled, item.place, item.contact, item.cost]
                    .filter((line) => line !== '')
                    .map((line) => (
                      <p class={line === item.cancelled ? 'utrecht-paragraph wp-cancelled' : 'utrecht-paragraph'} safe>
                        {line}
                      </p>
                    ))}
                </div>
              ))}
            </section>
          ))}
          <p class="utrecht-paragraph wp-print-footer" safe>
            {data.footer}
          </p>
        </div>
      </>
    ),
  };
}
