import type { PageContext } from '../../../platform/http/request-context.ts';
import { formatDate, type Translate } from '../../../platform/i18n/i18n.ts';
import { CsrfField, ErrorSummary, SubmitButton, TextField, type FormState } from '../../../platform/layout/forms.tsx';
import type { Page } from '../../../platform/layout/render.ts';
import { TermIn, type TermWord } from '../../../platform/layout/term.tsx';
import { Heading, LinkTo, Para } from '../shared/components.tsx';
import type { VolunteerPage } from './team.actions.ts';
import type { Volunteer } from './volunteers.repository.ts';

const vogTerm: TermWord[] = [{ word: 'VOG', id: 'vog', abbr: true }];

/** "3 jaar" or "18 maanden": how long a VOG counts, in the words the board chose. */
function vogPeriodText(t: Translate, months: number): string {
  return months % 12 === 0 ? t('help.vog.periodYears', { count: months / 12 }) : t('help.vog.periodMonths', { count: months });
}

/** How long a VOG counts here, said plainly; also when the board set no end. */
export function VogPeriod({ ctx, months }: { ctx: PageContext; months: number | null }) {
  const text = months === null ? ctx.t('help.vog.noPeriod') : ctx.t('help.vog.period', { period: vogPeriodText(ctx.t, months) });
  return (
    <p class="utrecht-paragraph">
      <TermIn ctx={ctx} text={text} terms={vogTerm} />
    </p>
  );
}

const recordPath = (ctx: PageContext, volunteerId: string) => `/${ctx.district?.slug ?? ''}/hulp/vrijwilligers/${volunteerId}/vog`;

/** A link to record or renew the date of a volunteer's VOG. */
export function RecordVogLink({ ctx, volunteer }: { ctx: PageContext; volunteer: { id: string; name: string } }) {
  return <LinkTo href={recordPath(ctx, volunteer.id)} text={ctx.t('help.vog.recordLink', { name: volunteer.name })} />;
}

/** On the coordinator's list: the VOGs that lapsed or lapse within two months, to ask for a new one in time. */
export function LapsingVogs({ ctx, list }: { ctx: PageContext; list: VolunteerPage }) {
  const { t } = ctx;
  return (
    <section aria-labelledby="vog-lapsing" class="wp-help-vog-lapsing">
      <Heading level={2} id="vog-lapsing" text={t('help.vog.lapsingTitle')} />
      <VogPeriod ctx={ctx} months={list.vogValidMonths} />
      {list.vogValidMonths !== null && list.lapsing.length === 0 ? <Para text={t('help.vog.lapsingNone')} /> : ''}
      {list.lapsing.length === 0 ? (
        ''
      ) : (
        <ul class="utrecht-unordered-list">
          {list.lapsing.map((l) => (
            <li class="utrecht-unordered-list__item">
              <span safe>
                {t(l.lapsed ? 'help.vog.lapsed' : 'help.vog.lapses', {
                  name: l.item.name,
                  date: formatDate(l.item.vogDate ?? l.lastDay, ctx.lang),
                  last: formatDate(l.lastDay, ctx.lang),
                })}
              </span>{' '}
              <RecordVogLink ctx={ctx} volunteer={l.item} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The coordinator records (or renews) the date on a volunteer's VOG. */
export function recordVogPage(ctx: PageContext, data: { volunteer: Volunteer; vogValidMonths: number | null }, form: FormState): Page {
  const { t } = ctx;
  const { volunteer } = data;
  const label = t('help.vog.dateLabel');
  const now =
    volunteer.vogOnFile && volunteer.vogDate !== null
      ? t('help.vog.current', { name: volunteer.name, date: formatDate(volunteer.vogDate, ctx.lang) })
      : t('help.vog.currentNone', { name: volunteer.name });
  return {
    title: t('help.vog.recordTitle', { name: volunteer.name }),
    hasErrors: Object.keys(form.errors).length > 0,
    body: (
      <>
        <Heading text={t('help.vog.recordTitle', { name: volunteer.name })} />
        <Para text={now} />
        <VogPeriod ctx={ctx} months={data.vogValidMonths} />
        <ErrorSummary t={t} form={form} labels={{ vogDate: label }} />
        <form class="wp-form" method="post" action={recordPath(ctx, volunteer.id)} novalidate>
          <CsrfField token={ctx.csrfToken} />
          <TextField t={t} form={form} name="vogDate" type="date" label={label} description={t('help.vog.dateHelp')} />
          <SubmitButton label={t('help.vog.save')} />
        </form>
        <p class="utrecht-paragraph">
          <LinkTo href={`/${ctx.district?.slug ?? ''}/hulp/vrijwilligers`} text={t('help.vog.back')} />
        </p>
      </>
    ),
  };
}
