import type { AuditRow } from '../../../platform/audit/audit.repository.ts';
import type { PageContext } from '../../../platform/http/request-context.ts';
import { formatDateTime } from '../../../platform/i18n/i18n.ts';
import type { Page } from '../../../platform/layout/render.ts';
import { DataTable } from '../../../platform/layout/table.tsx';

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
          caption={t('accounts.audit.title')}
          hideCaption
          headers={[t('accounts.audit.when'), t('accounts.audit.who'), t('accounts.audit.what')]}
          rows={rows.map((r) => [formatDateTime(r.at, ctx.lang), r.actorName ?? t('accounts.audit.nobody'), actionLabel(t, r.action)])}
        />
      </>
    ),
  };
}
