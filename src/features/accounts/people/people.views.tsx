import type { PageContext } from '../../../platform/http/request-context.ts';
import { formatDateTime } from '../../../platform/i18n/i18n.ts';
import { CsrfField, Notice, type FormState } from '../../../platform/layout/forms.tsx';
import type { Page } from '../../../platform/layout/render.ts';
import { DataTable } from '../../../platform/layout/table.tsx';
import { InviteForm, type InviteChoices } from '../invitations/invite.views.tsx';
import type { Invitation } from '../invitations/invitations.repository.ts';
import { Pager } from '../../../platform/layout/pager.tsx';
import type { PersonWithRoles } from './people.repository.ts';

export interface PeoplePageData extends InviteChoices {
  people: PersonWithRoles[];
  page: number;
  pageCount: number;
  invitations: Invitation[];
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
        const where = [r.organizationName ?? r.buurtName, r.service === null ? null : t(`accounts.service.${r.service}`)].filter(Boolean);
        const label = where.length > 0 ? `${t(`role.${r.role}`)} (${where.join(', ')})` : t(`role.${r.role}`);
        return (
          <li class="utrecht-unordered-list__item">
            <span safe>{label}</span>{' '}
            {r.role === 'coordinating_volunteer' ? (
              <a
                class="utrecht-link"
                href={`${base}/rollen/${r.id}/dienst`}
                aria-label={t('accounts.people.service.linkOf', { name: p.name })}
                safe
              >
                {t('accounts.people.service.link')}
              </a>
            ) : (
              ''
            )}{' '}
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
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href="/beheer/mails" safe>
            {t('accounts.mails.link')}
          </a>
        </p>
        <PeopleTable ctx={ctx} people={data.people} />
        <Pager
          ctx={ctx}
          page={data.page}
          pageCount={data.pageCount}
          href={(p) => `/${ctx.district?.slug ?? ''}/beheer/mensen${p > 1 ? `?pagina=${p}` : ''}`}
        />
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
        <InviteForm ctx={ctx} form={form} choices={data} />
      </>
    ),
  };
}
