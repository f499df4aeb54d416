import type { PageContext } from '../../../platform/http/request-context.ts';
import { DataTable } from '../../../platform/layout/table.tsx';
import type { Page } from '../../../platform/layout/render.ts';
import { Paragraph } from '../../../platform/layout/text.tsx';
import { Crumbs, day, Heading } from '../shared/components.tsx';
import type { Member } from './membership.repository.ts';
import { memberOn } from './membership.rules.ts';

/** The member register with join and end dates: for the board only, every read logged. */
export function registerPage(ctx: PageContext, members: readonly Member[], today: string): Page {
  const { t } = ctx;
  const current = members.filter((m) => memberOn(m, today)).length;
  return {
    title: t('cooperative.register.title'),
    body: (
      <>
        <Crumbs ctx={ctx} />
        <Heading title={t('cooperative.register.title')} intro={t('cooperative.register.intro')} />
        <Paragraph text={t('cooperative.register.count', { count: current })} />
        <DataTable
          caption={t('cooperative.register.title')}
          hideCaption
          headers={[
            t('cooperative.register.name'),
            t('cooperative.apply.kind'),
            t('cooperative.apply.email'),
            t('cooperative.apply.buurt'),
            t('cooperative.register.joined'),
            t('cooperative.register.ended'),
          ]}
          rows={members.map((m) => [
            m.organizationName === null ? m.name : t('cooperative.applications.for', { name: m.name, organization: m.organizationName }),
            t(`cooperative.kind.${m.kind}`),
            m.email ?? t('cooperative.register.noEmail'),
            m.buurtName ?? '—',
            day(ctx, m.joinedOn),
            m.endedOn === null ? '—' : day(ctx, m.endedOn),
          ])}
        />
      </>
    ),
  };
}
