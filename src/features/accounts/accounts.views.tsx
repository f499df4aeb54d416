import type { PageContext } from '../../platform/http/request-context.ts';
import { CsrfField, ErrorSummary, Notice, SubmitButton, TextField, type FormState } from '../../platform/layout/forms.tsx';
import type { Page } from '../../platform/layout/render.ts';
import { PageHeading, Paragraph } from '../../platform/layout/text.tsx';
import type { District } from '../../platform/geography/geography.repository.ts';
import type { RoleAssignment } from '../../platform/auth/roles.rules.ts';

function labels(ctx: PageContext, names: string[]): Record<string, string> {
  return Object.fromEntries(names.map((n) => [n, ctx.t(`accounts.field.${n}`)]));
}

/** A new password, twice; used when resetting and when accepting an invitation. */
function NewPasswordFields({ t, form }: { t: PageContext['t']; form: FormState }) {
  return (
    <>
      <TextField
        t={t}
        form={form}
        name="password"
        type="password"
        autocomplete="new-password"
        label={t('accounts.field.password')}
        description={t('accounts.field.password.description')}
      />
      <TextField
        t={t}
        form={form}
        name="passwordRepeat"
        type="password"
        autocomplete="new-password"
        label={t('accounts.field.passwordRepeat')}
      />
    </>
  );
}

export function signInPage(ctx: PageContext, form: FormState, notice?: string): Page {
  const { t } = ctx;
  return {
    title: t('accounts.signIn.title'),
    hasErrors: Object.keys(form.errors).length > 0,
    body: (
      <>
        <PageHeading text={t('accounts.signIn.title')} />
        {notice ? <Notice text={notice} /> : ''}
        <ErrorSummary t={t} form={form} labels={labels(ctx, ['email', 'password'])} />
        <form class="wp-form" method="post" action="/inloggen" novalidate>
          <CsrfField token={ctx.csrfToken} />
          <input type="hidden" name="terug" value={form.values.terug ?? ''} />
          <TextField t={t} form={form} name="email" type="email" autocomplete="username" label={t('accounts.field.email')} />
          <TextField
            t={t}
            form={form}
            name="password"
            type="password"
            autocomplete="current-password"
            label={t('accounts.field.password')}
          />
          <SubmitButton label={t('accounts.signIn.submit')} />
        </form>
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href="/wachtwoord-vergeten" safe>
            {t('accounts.signIn.forgot')}
          </a>
        </p>
        <Paragraph text={t('accounts.signIn.noAccount')} />
      </>
    ),
  };
}

export function forgotPasswordPage(ctx: PageContext, form: FormState): Page {
  const { t } = ctx;
  return {
    title: t('accounts.forgot.title'),
    hasErrors: Object.keys(form.errors).length > 0,
    body: (
      <>
        <PageHeading text={t('accounts.forgot.title')} />
        <Paragraph text={t('accounts.forgot.intro')} />
        <ErrorSummary t={t} form={form} labels={labels(ctx, ['email'])} />
        <form class="wp-form" method="post" action="/wachtwoord-vergeten" novalidate>
          <CsrfField token={ctx.csrfToken} />
          <TextField t={t} form={form} name="email" type="email" autocomplete="email" label={t('accounts.field.email')} />
          <SubmitButton label={t('accounts.forgot.submit')} />
        </form>
      </>
    ),
  };
}

export function forgotPasswordSentPage(ctx: PageContext): Page {
  return {
    title: ctx.t('accounts.forgot.sent.title'),
    body: (
      <>
        <PageHeading text={ctx.t('accounts.forgot.sent.title')} />
        <Paragraph text={ctx.t('accounts.forgot.sent.body')} />
      </>
    ),
  };
}

export function newPasswordPage(ctx: PageContext, form: FormState, action: string): Page {
  const { t } = ctx;
  return {
    title: t('accounts.reset.title'),
    hasErrors: Object.keys(form.errors).length > 0,
    body: (
      <>
        <PageHeading text={t('accounts.reset.title')} />
        <ErrorSummary t={t} form={form} labels={labels(ctx, ['password', 'passwordRepeat'])} />
        <form class="wp-form" method="post" action={action} novalidate>
          <CsrfField token={ctx.csrfToken} />
          <NewPasswordFields t={t} form={form} />
          <SubmitButton label={t('accounts.reset.submit')} />
        </form>
      </>
    ),
  };
}

export function linkProblemPage(ctx: PageContext, state: 'unknown' | 'used' | 'expired', kind: 'reset' | 'invitation'): Page {
  const title = ctx.t(`accounts.link.${state}.title`);
  return {
    title,
    body: (
      <>
        <PageHeading text={title} />
        <Paragraph text={ctx.t(`accounts.link.${state}.${kind}`)} />
        {kind === 'reset' ? (
          <p class="utrecht-paragraph">
            <a class="utrecht-link" href="/wachtwoord-vergeten" safe>
              {ctx.t('accounts.link.newReset')}
            </a>
          </p>
        ) : (
          ''
        )}
      </>
    ),
  };
}

export function acceptInvitationPage(
  ctx: PageContext,
  form: FormState,
  invitation: { email: string; roleLabel: string; districtName: string },
  action: string,
): Page {
  const { t } = ctx;
  return {
    title: t('accounts.invitation.title'),
    hasErrors: Object.keys(form.errors).length > 0,
    body: (
      <>
        <PageHeading text={t('accounts.invitation.title')} />
        <Paragraph
          text={t('accounts.invitation.intro', { role: invitation.roleLabel, district: invitation.districtName, email: invitation.email })}
        />
        <ErrorSummary t={t} form={form} labels={labels(ctx, ['name', 'password', 'passwordRepeat'])} />
        <form class="wp-form" method="post" action={action} novalidate>
          <CsrfField token={ctx.csrfToken} />
          <TextField
            t={t}
            form={form}
            name="name"
            autocomplete="name"
            label={t('accounts.field.name')}
            description={t('accounts.field.name.description')}
          />
          <NewPasswordFields t={t} form={form} />
          <SubmitButton label={t('accounts.invitation.submit')} />
        </form>
      </>
    ),
  };
}

export function accountPage(ctx: PageContext, roles: readonly RoleAssignment[], districts: readonly District[]): Page {
  const { t } = ctx;
  const user = ctx.user;
  const districtName = (id: string | null) =>
    id === null ? t('accounts.account.allDistricts') : (districts.find((d) => d.id === id)?.name ?? '');
  return {
    title: t('accounts.account.title'),
    body: (
      <>
        <PageHeading text={t('accounts.account.title')} />
        <dl class="utrecht-data-list">
          <div class="utrecht-data-list__item">
            <dt class="utrecht-data-list__item-key" safe>
              {t('accounts.field.name')}
            </dt>
            <dd class="utrecht-data-list__item-value" safe>
              {user?.name ?? ''}
            </dd>
          </div>
          <div class="utrecht-data-list__item">
            <dt class="utrecht-data-list__item-key" safe>
              {t('accounts.field.email')}
            </dt>
            <dd class="utrecht-data-list__item-value" safe>
              {user?.email ?? ''}
            </dd>
          </div>
        </dl>
        <h2 class="utrecht-heading-2" safe>
          {t('accounts.account.roles')}
        </h2>
        {roles.length === 0 ? (
          <Paragraph text={t('accounts.account.noRoles')} />
        ) : (
          <ul class="utrecht-unordered-list">
            {roles.map((r) => (
              <li class="utrecht-unordered-list__item" safe>
                {`${t(`role.${r.role}`)} · ${districtName(r.districtId)}`}
              </li>
            ))}
          </ul>
        )}
      </>
    ),
  };
}
