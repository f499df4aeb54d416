import type { PageContext } from '../../../platform/http/request-context.ts';
import { formatDateTime } from '../../../platform/i18n/i18n.ts';
import { Notice } from '../../../platform/layout/forms.tsx';
import type { Page } from '../../../platform/layout/render.ts';
import type { PactAccess } from '../shared/access.rules.ts';
import type { MeetingSummary } from './meetings.repository.ts';
import type { RhythmWarning } from './meetings.rules.ts';
import { Badge, Crumbs, Heading, Link, pactBase, Para, Table, Text } from '../shared/pact.components.tsx';

export const statusTone = { planned: 'neutral', held: 'good', cancelled: 'bad' } as const;

export function kindLabel(ctx: PageContext, m: Pick<MeetingSummary, 'kind' | 'theme'>): string {
  const kind = ctx.t(`pact.meeting.kind.${m.kind}`);
  return m.theme === null ? kind : `${kind}: ${ctx.t(`pact.theme.${m.theme}`)}`;
}

function warningText(ctx: PageContext, w: RhythmWarning): string {
  const kind = ctx.t(`pact.meeting.kind.${w.kind}`);
  const themes = (w.missingThemes ?? []).map((th) => ctx.t(`pact.theme.${th}`)).join(', ');
  return ctx.t(w.code, { kind, planned: w.planned, required: w.required, themes });
}

export function meetingsYearPage(
  ctx: PageContext,
  data: { year: number; meetings: MeetingSummary[]; warnings: RhythmWarning[]; access: PactAccess; notice?: string },
): Page {
  const { t } = ctx;
  const base = `${pactBase(ctx)}/bijeenkomsten`;
  return {
    title: t('pact.meetings.title', { year: data.year }),
    body: (
      <>
        <Crumbs ctx={ctx} trail={[]} />
        <Heading title={t('pact.meetings.title', { year: data.year })} intro={t('pact.meetings.intro')} ctx={ctx} />
        {data.notice ? <Notice text={data.notice} /> : ''}
        <p class="utrecht-paragraph">
          <Link href={`${base}?jaar=${data.year - 1}`} text={t('pact.year.previous', { year: data.year - 1 })} />
          {' · '}
          <Link href={`${base}?jaar=${data.year + 1}`} text={t('pact.year.next', { year: data.year + 1 })} />
          {' · '}
          <Link href={`${base}.ics`} text={t('pact.meetings.feed')} />
        </p>
        {data.access.coordinate ? (
          <p class="utrecht-paragraph">
            <a class="utrecht-link-button utrecht-button utrecht-button--primary-action" href={`${base}/nieuw`} safe>
              {t('pact.meetings.new')}
            </a>
          </p>
        ) : (
          ''
        )}
        {data.warnings.length > 0 ? (
          <div class="utrecht-alert utrecht-alert--warning" role="status">
            <div class="utrecht-alert__content">
              <h2 class="utrecht-heading-3" safe>
                {t('pact.rhythm.title', { year: data.year })}
              </h2>
              <ul class="utrecht-unordered-list wp-warning-list">
                {data.warnings.map((w) => (
                  <li class="utrecht-unordered-list__item" safe>
                    {warningText(ctx, w)}
                  </li>
                ))}
              </ul>
            </div>
          </div>
        ) : (
          <Notice text={t('pact.rhythm.ok', { year: data.year })} />
        )}
        {data.meetings.length === 0 ? (
          <Para text={t('pact.meetings.none', { year: data.year })} />
        ) : (
          <Table
            caption={t('pact.meetings.caption', { year: data.year })}
            head={[
              t('pact.meeting.when'),
              t('pact.meeting.what'),
              t('pact.meeting.venue'),
              t('pact.meeting.organizers'),
              t('pact.meeting.status'),
            ]}
            rows={data.meetings.map((m) => [
              <Text value={formatDateTime(m.startsAt, ctx.lang)} />,
              <>
                <Link href={`${base}/${m.id}`} text={m.title} />
                <br />
                <Text value={kindLabel(ctx, m)} />
              </>,
              <Text value={m.venue.name} />,
              <Text value={m.organizers.map((o) => o.name).join(', ') || '—'} />,
              <Badge text={t(`pact.meeting.status.${m.status}`)} tone={statusTone[m.status]} />,
            ])}
          />
        )}
      </>
    ),
  };
}
