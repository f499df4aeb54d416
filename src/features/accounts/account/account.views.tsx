import type { RoleAssignment } from '../../../platform/auth/roles.rules.ts';
import type { District } from '../../../platform/geography/geography.repository.ts';
import type { PageContext } from '../../../platform/http/request-context.ts';
import type { Page } from '../../../platform/layout/render.ts';
import { PageHeading, Paragraph } from '../../../platform/layout/text.tsx';

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
