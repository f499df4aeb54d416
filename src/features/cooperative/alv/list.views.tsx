import type { PageContext } from '../../../platform/http/request-context.ts';
import { formatDateTime } from '../../../platform/i18n/i18n.ts';
import { CsrfField, ErrorSummary, Notice, SubmitButton, TextField, type FormState } from '../../../platform/layout/forms.tsx';
import type { Page } from '../../../platform/layout/render.ts';
import { Paragraph } from '../../../platform/layout/text.tsx';
import { coopBase, Crumbs, Heading } from '../shared/components.tsx';
import type { Alv } from './alv.repository.ts';
import type { AlvSettings } from './alv.rules.ts';

function AlvList({ ctx, alvs, id, title, none }: { ctx: PageContext; alvs: readonly Alv[]; id: string; title: string; none: string }) {
  return (
    <section aria-labelledby={id}>
      <h2 class="utrecht-heading-2" id={id} safe>
        {title}
      </h2>
      {alvs.length === 0 ? (
        <Paragraph text={none} />
      ) : (
        <ul class="utrecht-unordered-list">
          {alvs.map((a) => (
            <li class="utrecht-unordered-list__item">
              <a class="utrecht-link" href={`${coopBase(ctx)}/alv/${a.id}`} safe>
                {a.title}
              </a>
              <span safe>{` — ${formatDateTime(a.startsAt, ctx.lang)}, ${a.place}`}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function SettingsForm({ ctx, form }: { ctx: PageContext; form: FormState }) {
  const { t } = ctx;
  const labels = {
    noticeDays: t('cooperative.alv.settings.noticeDays'),
    maxProxies: t('cooperative.alv.settings.maxProxies'),
    quorumPercent: t('cooperative.alv.settings.quorumPercent'),
  };
  return (
    <section aria-labelledby="settings">
      <h2 class="utrecht-heading-2" id="settings" safe>
        {t('cooperative.alv.settings.title')}
      </h2>
      <ErrorSummary t={t} form={form} labels={labels} />
      <form class="wp-form" method="post" action={`${coopBase(ctx)}/alv/instellingen`} novalidate>
        <CsrfField token={ctx.csrfToken} />
        <TextField t={t} form={form} name="noticeDays" label={labels.noticeDays} inputmode="numeric" />
        <TextField t={t} form={form} name="maxProxies" label={labels.maxProxies} inputmode="numeric" />
        <TextField
          t={t}
          form={form}
          name="quorumPercent"
          label={labels.quorumPercent}
          description={t('cooperative.alv.settings.quorumHelp')}
          inputmode="numeric"
        />
        <SubmitButton label={t('cooperative.alv.settings.save')} secondary />
      </form>
    </section>
  );
}

/** Upcoming and past ALVs for members; the daily board convenes a new one and keeps the settings. */
export function listPage(
  ctx: PageContext,
  data: { alvs: readonly Alv[]; now: Date; manage: boolean; convene: boolean; settings: AlvSettings },
  form: FormState,
  notice?: string,
): Page {
  const { t } = ctx;
  const now = data.now.getTime();
  const upcoming = data.alvs.filter((a) => new Date(a.startsAt).getTime() >= now).reverse();
  const past = data.alvs.filter((a) => new Date(a.startsAt).getTime() < now);
  const s = data.settings;
  return {
    title: t('cooperative.alv.title'),
    hasErrors: Object.keys(form.errors).length > 0,
    body: (
      <>
        <Crumbs ctx={ctx} />
        <Heading title={t('cooperative.alv.title')} intro={t('cooperative.alv.intro')} />
        {notice === undefined ? '' : <Notice text={notice} />}
        <Paragraph text={t('cooperative.alv.rules', { days: s.noticeDays, max: s.maxProxies })} />
        <Paragraph
          text={s.quorumPercent === 0 ? t('cooperative.alv.noQuorum') : t('cooperative.alv.quorumRule', { percent: s.quorumPercent })}
        />
        {data.convene ? (
          <p class="utrecht-paragraph">
            <a class="utrecht-link" href={`${coopBase(ctx)}/alv/nieuw`} safe>
              {t('cooperative.alv.convene.title')}
            </a>
          </p>
        ) : (
          ''
        )}
        <AlvList ctx={ctx} alvs={upcoming} id="upcoming" title={t('cooperative.alv.upcoming')} none={t('cooperative.alv.noneUpcoming')} />
        <AlvList ctx={ctx} alvs={past} id="past" title={t('cooperative.alv.past')} none={t('cooperative.alv.nonePast')} />
        {data.manage ? <SettingsForm ctx={ctx} form={form} /> : ''}
      </>
    ),
  };
}
