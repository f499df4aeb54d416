import type { PageContext } from '../../../platform/http/request-context.ts';
import { Notice } from '../../../platform/layout/forms.tsx';
import type { Page } from '../../../platform/layout/render.ts';
import type { PactAccess } from '../shared/access.rules.ts';
import { Crumbs, date, Heading, Link, pactBase, Para, Table, Text } from '../shared/pact.components.tsx';
import type { Partner } from './partners.repository.ts';

/** A partner's one contact person, with how to reach them. */
export function ContactCell({ ctx, partner }: { ctx: PageContext; partner: Partner }) {
  if (partner.contact === null) return <Text value={ctx.t('pact.partners.noContact')} />;
  const { name, email, phone } = partner.contact;
  return (
    <>
      <Text value={name} />
      {email === null ? (
        ''
      ) : (
        <>
          <br />
          <a class="utrecht-link" href={`mailto:${email}`} safe>
            {email}
          </a>
        </>
      )}
      {phone === null ? (
        ''
      ) : (
        <>
          <br />
          <Text value={phone} />
        </>
      )}
    </>
  );
}

export function partnersPage(ctx: PageContext, data: { partners: Partner[]; access: PactAccess; pending: number; notice?: string }): Page {
  const { t } = ctx;
  const base = pactBase(ctx);
  const head = [
    t('pact.partners.organisation'),
    t('pact.partners.signedOn'),
    t('pact.partners.role'),
    ...(data.access.work ? [t('pact.partners.contact')] : []),
  ];
  return {
    title: t('pact.partners.title'),
    body: (
      <>
        <Crumbs ctx={ctx} trail={[]} />
        <Heading title={t('pact.partners.title')} intro={t('pact.partners.intro', { count: data.partners.length })} />
        {data.notice ? <Notice text={data.notice} /> : ''}
        <p class="utrecht-paragraph">
          <Link href={`${base}/partners/aanmelden`} text={t('pact.join.link')} />
          {data.access.steer ? (
            <>
              {' · '}
              <Link href={`${base}/partners/aanmeldingen`} text={t('pact.join.requests.link', { count: data.pending })} />
            </>
          ) : (
            ''
          )}
        </p>
        {data.access.work ? '' : <Para text={t('pact.partners.contactsHidden')} muted />}
        <Table
          caption={t('pact.partners.caption')}
          head={head}
          rows={data.partners.map((p) => [
            <Link href={`${base}/partners/${p.id}`} text={p.name} />,
            <Text value={date(ctx, p.signedOn)} />,
            <Text value={p.role === '' ? '—' : p.role} />,
            ...(data.access.work ? [<ContactCell ctx={ctx} partner={p} />] : []),
          ])}
        />
      </>
    ),
  };
}
