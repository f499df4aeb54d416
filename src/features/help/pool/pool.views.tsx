import type { PageContext } from '../../../platform/http/request-context.ts';
import { formatDate } from '../../../platform/i18n/i18n.ts';
import { CsrfField, ErrorSummary, Notice, type FormState } from '../../../platform/layout/forms.tsx';
import type { Page } from '../../../platform/layout/render.ts';
import { Heading, Para } from '../shared/components.tsx';
import type { PoolInvitation } from './pool.repository.ts';

function Invitation({ ctx, p }: { ctx: PageContext; p: PoolInvitation }) {
  const { t } = ctx;
  const rows: [string, string | null][] = [
    [t('help.pool.contribute'), p.contribute],
    [t('help.pool.talent'), p.talent],
    [t('help.pool.contact'), [p.phone, p.email].filter((c) => c !== null).join(', ') || null],
    [t('help.pool.buurt'), p.buurtName ?? t('help.pool.noBuurt')],
    [t('help.pool.since'), formatDate(p.createdAt, ctx.lang)],
  ];
  return (
    <li class="wp-help-pool-item">
      <h2 class="utrecht-heading-3" safe>
        {p.name}
      </h2>
      <dl class="wp-help-pool-facts">
        {rows
          .filter((r): r is [string, string] => r[1] !== null)
          .map(([label, value]) => (
            <>
              <dt safe>{label}</dt>
              <dd safe>{value}</dd>
            </>
          ))}
      </dl>
      <form method="post" action={`/${ctx.district?.slug ?? ''}/hulp/bijdragen/${p.id}/afgehandeld`}>
        <CsrfField token={ctx.csrfToken} />
        <button
          type="submit"
          class="utrecht-button utrecht-button--secondary-action"
          aria-label={t('help.pool.handledOf', { name: p.name })}
          safe
        >
          {t('help.pool.handled')}
        </button>
      </form>
    </li>
  );
}

/** The residents who would like to contribute, for the coordinators who keep the volunteers of their buurt. */
export function poolPage(ctx: PageContext, open: PoolInvitation[], form: FormState, notice: string | undefined): Page {
  const { t } = ctx;
  return {
    title: t('help.pool.title'),
    hasErrors: Object.keys(form.errors).length > 0,
    body: (
      <>
        <ErrorSummary t={t} form={form} labels={{}} />
        <Heading text={t('help.pool.title')} />
        <Para text={t('help.pool.intro')} />
        {notice === undefined ? '' : <Notice text={notice} />}
        {open.length === 0 ? (
          <Para text={t('help.pool.none')} />
        ) : (
          <ul class="wp-help-pool">
            {open.map((p) => (
              <Invitation ctx={ctx} p={p} />
            ))}
          </ul>
        )}
      </>
    ),
  };
}
