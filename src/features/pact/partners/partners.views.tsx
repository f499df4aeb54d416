import type { PageContext } from '../../../platform/http/request-context.ts';
import { Notice } from '../../../platform/layout/forms.tsx';
import type { Page } from '../../../platform/layout/render.ts';
import type { CityProgramme } from '../programmes/programmes.actions.ts';
import { CitySignatories } from '../programmes/programmes.views.tsx';
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

export function partnersPage(
  ctx: PageContext,
  data: { partners: Partner[]; cities: CityProgramme[]; access: PactAccess; pending: number; notice?: string },
): Page {
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
        <Heading
          title={t('pact.partners.title')}
          intro={
            data.partners.length === 0 && data.cities.length > 0
              ? t('pact.programme.partners.intro')
              : t('pact.partners.intro', { count: data.partners.length })
          }
        />
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
        {data.cities.map((city) => (
          <CitySignatories ctx={ctx} city={city} />
        ))}
        {data.partners.length === 0 && data.cities.length > 0 ? (
          ''
        ) : (
          <Table
            caption={t('pact.partners.caption')}
            head={head}
            rows={data.partners.map((p) => [
              <Link href={`${base}/partners/${p.id}`} text={p.name} />,
              <Text value={p.signedOn === null ? t('pact.programme.unknown') : date(ctx, p.signedOn)} />,
              <Text value={p.role === '' ? t('pact.programme.unknown') : p.role} />,
              ...(data.access.work ? [<ContactCell ctx={ctx} partner={p} />] : []),
            ])}
          />
        )}
      </>
    ),
  };
}
