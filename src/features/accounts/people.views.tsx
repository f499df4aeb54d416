import type { AuditRow } from '../../platform/audit/audit.ts';
import type { Role } from '../../platform/auth/roles.rules.ts';
import type { Buurt } from '../../platform/geography/geography.repository.ts';
import { formatDateTime } from '../../platform/i18n/i18n.ts';
import type { PageContext } from '../../platform/http/request-context.ts';
import { CsrfField, ErrorSummary, Notice, SelectField, SubmitButton, TextField, type FormState } from '../../platform/layout/forms.tsx';
import type { Page } from '../../platform/layout/render.ts';
import { DataTable } from '../../platform/layout/table.tsx';
import type { Invitation, PersonWithRoles } from './accounts.repository.ts';

export interface PeoplePageData {
  people: PersonWithRoles[];
  invitations: Invitation[];
  assignable: Role[];
  buurten: Buurt[];
  organizations: { id: string; name: string }[];
  notice?: string;
}

function RemoveRole({ ctx, action, label }: { ctx: PageContext; action: string; label: string }) {
  return (
    <form method="post" action={action} class="wp-inline-form">
      <CsrfField token={ctx.csrfToken} />
      <button type="submit" class="utrecht-button utrecht-button--subtle" aria-label={label} safe>
        {ctx.t('accounts.people.removeRole')}
      </button>
    </form>
  );
}

function PeopleTable({ ctx, people }: { ctx: PageContext; people: PersonWithRoles[] }) {
  const { t } = ctx;
  const base = `/${ctx.district?.slug ?? ''}/beheer/mensen`;
  const roles = (p: PersonWithRoles) => (
    <ul class="utrecht-unordered-list wp-role-list">
      {p.roles.map((r) => {
        const where = r.organizationName ?? r.buurtName;
        const label = where ? `${t(`role.${r.role}`)} (${where})` : t(`role.${r.role}`);
        return (
          <li class="utrecht-unordered-list__item">
            <span safe>{label}</span>{' '}
            <RemoveRole
              ctx={ctx}
              action={`${base}/rollen/${r.id}/verwijderen`}
              label={t('accounts.people.removeRoleOf', { role: label, name: p.name })}
            />
          </li>
        );
      })}
    </ul>
  );
  return (
    <DataTable
      caption={t('accounts.people.tableCaption')}
      headers={[t('accounts.field.name'), t('accounts.field.email'), t('accounts.people.roles')]}
      rows={people.map((p) => [p.name, p.email, { html: roles(p) }])}
    />
  );
}

function InviteForm({ ctx, form, data }: { ctx: PageContext; form: FormState; data: PeoplePageData }) {
  const { t } = ctx;
  const labels = {
    email: t('accounts.field.email'),
    name: t('accounts.field.name'),
    role: t('accounts.field.role'),
    buurt: t('accounts.field.buurt'),
    organization: t('accounts.field.organization'),
  };
  return (
    <>
      <h2 class="utrecht-heading-2" id="uitnodigen" safe>
        {t('accounts.people.invite.title')}
      </h2>
      <p class="utrecht-paragraph" safe>
        {t('accounts.people.invite.intro')}
      </p>
      <ErrorSummary t={t} form={form} labels={labels} />
      <form class="wp-form" method="post" action={`/${ctx.district?.slug ?? ''}/beheer/mensen`} novalidate>
        <CsrfField token={ctx.csrfToken} />
        <TextField t={t} form={form} name="name" autocomplete="off" label={labels.name} />
        <TextField t={t} form={form} name="email" type="email" autocomplete="off" label={labels.email} />
        <SelectField
          t={t}
          form={form}
          name="role"
          label={labels.role}
          placeholder={t('accounts.people.chooseRole')}
          options={data.assignable.map((r) => ({ value: r, label: t(`role.${r}`) }))}
        />
        <SelectField
          t={t}
          form={form}
          name="buurt"
          required={false}
          label={labels.buurt}
          description={t('accounts.field.buurt.description')}
          placeholder={t('accounts.people.wholeDistrict')}
          options={data.buurten.map((b) => ({ value: b.slug, label: b.name }))}
        />
        <SelectField
          t={t}
          form={form}
          name="organization"
          required={false}
          label={labels.organization}
          description={t('accounts.field.organization.description')}
          placeholder={t('accounts.people.noOrganization')}
          options={data.organizations.map((o) => ({ value: o.id, label: o.name }))}
        />
        <SubmitButton label={t('accounts.people.invite.submit')} />
      </form>
    </>
  );
}

export function peoplePage(ctx: PageContext, form: FormState, data: PeoplePageData): Page {
  const { t } = ctx;
  return {
    title: t('accounts.people.title'),
    hasErrors: Object.keys(form.errors).length > 0,
    body: (
      <>
        <h1 class="utrecht-heading-1" safe>
          {t('accounts.people.title')}
        </h1>
        {data.notice ? <Notice text={data.notice} /> : ''}
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href={`/${ctx.district?.slug ?? ''}/beheer/logboek`} safe>
            {t('accounts.audit.link')}
          </a>
        </p>
        <PeopleTable ctx={ctx} people={data.people} />
        <h2 class="utrecht-heading-2" safe>
          {t('accounts.people.invitations')}
        </h2>
        {data.invitations.length === 0 ? (
          <p class="utrecht-paragraph" safe>
            {t('accounts.people.noInvitations')}
          </p>
        ) : (
          <ul class="utrecht-unordered-list">
            {data.invitations.map((i) => (
              <li class="utrecht-unordered-list__item" safe>
                {t('accounts.people.invitationLine', {
                  name: i.name,
                  email: i.email,
                  role: t(`role.${i.role}`),
                  until: formatDateTime(i.expiresAt, ctx.lang),
                })}
              </li>
            ))}
          </ul>
        )}
        <InviteForm ctx={ctx} form={form} data={data} />
      </>
    ),
  };
}

/** An action's words from the catalog; the raw action name when a feature forgot its label. */
function actionLabel(t: PageContext['t'], action: string): string {
  const label = t(`audit.${action}`);
  return label === `audit.${action}` ? action : label;
}

export function auditPage(ctx: PageContext, rows: AuditRow[]): Page {
  const { t } = ctx;
  return {
    title: t('accounts.audit.title'),
    body: (
      <>
        <h1 class="utrecht-heading-1" safe>
          {t('accounts.audit.title')}
        </h1>
        <p class="utrecht-paragraph" safe>
          {t('accounts.audit.intro')}
        </p>
        <DataTable
          headers={[t('accounts.audit.when'), t('accounts.audit.who'), t('accounts.audit.what')]}
          rows={rows.map((r) => [formatDateTime(r.at, ctx.lang), r.actorName ?? t('accounts.audit.nobody'), actionLabel(t, r.action)])}
        />
      </>
    ),
  };
}
