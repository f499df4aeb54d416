import type { Buurt } from '../../../platform/geography/geography.repository.ts';
import type { PageContext } from '../../../platform/http/request-context.ts';
import { CsrfField, ErrorSummary, Notice, SubmitButton, type FormState } from '../../../platform/layout/forms.tsx';
import type { Page } from '../../../platform/layout/render.ts';
import { Paragraph } from '../../../platform/layout/text.tsx';
import { coopBase, Crumbs, Heading } from '../shared/components.tsx';
import type { PoolProfile } from './pools.repository.ts';
import { ProfileFields, profileLabels } from './profile.views.tsx';

function Standing({ ctx, profile }: { ctx: PageContext; profile: PoolProfile }) {
  const { t } = ctx;
  const choices = profile.status === 'active' ? (['paused', 'left'] as const) : (['active', 'left'] as const);
  return (
    <section class="wp-stack" aria-labelledby="pool-standing">
      <h2 class="utrecht-heading-2" id="pool-standing" safe>
        {t('cooperative.pool.standing.title')}
      </h2>
      <Paragraph text={t(`cooperative.pool.standing.now.${profile.status}`)} />
      <form method="post" action={`${coopBase(ctx)}/mijn-pool/stand`} class="wp-form">
        <CsrfField token={ctx.csrfToken} />
        <div class="utrecht-button-group">
          {choices.map((c) => (
            <button type="submit" name="status" value={c} class="utrecht-button utrecht-button--secondary-action" safe>
              {t(`cooperative.pool.standing.to.${c}`)}
            </button>
          ))}
        </div>
      </form>
    </section>
  );
}

/** A pool-2 person's own page: their profile to change, and pausing or leaving. */
export function minePage(
  ctx: PageContext,
  form: FormState,
  data: { profile: PoolProfile | undefined; buurten: readonly Buurt[]; notice?: string },
): Page {
  const { t } = ctx;
  const base = coopBase(ctx);
  const { profile } = data;
  return {
    title: t('cooperative.pool.mine.title'),
    hasErrors: Object.keys(form.errors).length > 0,
    body: (
      <>
        <Crumbs ctx={ctx} />
        <Heading title={t('cooperative.pool.mine.title')} intro={t('cooperative.pool.mine.intro')} />
        {data.notice === undefined ? '' : <Notice text={data.notice} />}
        <ErrorSummary t={t} form={form} labels={{ ...profileLabels(ctx), status: t('cooperative.pool.standing.title') }} />
        {profile === undefined || profile.status === 'left' ? (
          <>
            <Paragraph text={t(profile === undefined ? 'cooperative.pool.mine.none' : 'cooperative.pool.standing.now.left')} />
            <p class="utrecht-paragraph">
              <a class="utrecht-link" href={`${base}/pool-aanmelden`} safe>
                {t('cooperative.pool.join.title')}
              </a>
            </p>
          </>
        ) : (
          <>
            <form class="wp-form" method="post" action={`${base}/mijn-pool`} novalidate>
              <CsrfField token={ctx.csrfToken} />
              <ProfileFields ctx={ctx} form={form} buurten={data.buurten} />
              <SubmitButton label={t('cooperative.pool.mine.save')} />
            </form>
            <Standing ctx={ctx} profile={profile} />
          </>
        )}
        {ctx.user?.roles.some((r) => r.role === 'volunteer') === true ? (
          <p class="utrecht-paragraph">
            <a class="utrecht-link" href={`/${ctx.district?.slug ?? ''}/hulp/vrijwilliger/profiel`} safe>
              {t('cooperative.pool.mine.volunteerProfile')}
            </a>
          </p>
        ) : (
          ''
        )}
      </>
    ),
  };
}
