import type { PageContext } from '../../../platform/http/request-context.ts';
import type { Page } from '../../../platform/layout/render.ts';
import { Crumbs, Heading, Link, pactBase, Para, Table, Text } from '../shared/pact.components.tsx';
import type { CityProgramme } from './programmes.actions.ts';
import type { Body, BodyMember } from './programmes.repository.ts';
import type { BodyKind } from './programmes.rules.ts';

/** "Lister: Sanne Wullems (agendalid)" — only what the seed says; a person not yet known is said so. */
function memberText(ctx: PageContext, m: BodyMember): string {
  const who = [m.organization, m.person].filter((s) => s !== null).join(': ');
  const note = m.note ?? (m.person === null ? ctx.t('pact.programme.personUnknown') : null);
  if (who === '') return note ?? '';
  return note === null ? who : `${who} (${note})`;
}

function BodyBlock({ ctx, body }: { ctx: PageContext; body: Body }) {
  return (
    <section aria-labelledby={`orgaan-${body.id}`}>
      <h3 class="utrecht-heading-3" id={`orgaan-${body.id}`} safe>
        {body.name}
      </h3>
      {body.task === '' ? '' : <Para text={body.task} />}
      <ul class="utrecht-unordered-list">
        {body.members.map((m) => (
          <li class="utrecht-unordered-list__item" safe>
            {memberText(ctx, m)}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The city-wide bodies of a programme, of the kinds asked for, in the seed's order. */
export function CityBodies({ ctx, city, kinds }: { ctx: PageContext; city: CityProgramme; kinds: readonly BodyKind[] }) {
  const bodies = city.bodies.filter((b) => kinds.includes(b.kind));
  if (bodies.length === 0) return <Para text={ctx.t('pact.programme.noBodies')} />;
  return (
    <>
      {bodies.map((body) => (
        <BodyBlock ctx={ctx} body={body} />
      ))}
    </>
  );
}

const roleText = (ctx: PageContext, role: string | null) => role ?? ctx.t('pact.programme.unknown');

/** The city-wide signatories that serve this district, each with its role here and in the city. */
export function CitySignatories({ ctx, city }: { ctx: PageContext; city: CityProgramme }) {
  const { t } = ctx;
  return (
    <section aria-labelledby={`ondertekenaars-${city.programme.id}`}>
      <h2 class="utrecht-heading-2" id={`ondertekenaars-${city.programme.id}`} safe>
        {t('pact.programme.signatories', { programme: city.programme.name })}
      </h2>
      <Para
        text={t('pact.programme.signatories.intro', {
          count: city.signed,
          here: city.signatories.length,
          district: ctx.district?.name ?? '',
        })}
      />
      {city.signatories.length === 0 ? (
        ''
      ) : (
        <Table
          caption={t('pact.programme.signatories', { programme: city.programme.name })}
          hideCaption
          head={[t('pact.partners.organisation'), t('pact.programme.roleHere'), t('pact.programme.roleCity')]}
          rows={city.signatories.map((s) => [
            <Text value={s.name} />,
            <Text value={roleText(ctx, s.districtRole)} />,
            <Text value={roleText(ctx, s.cityRole)} />,
          ])}
        />
      )}
      {city.others.length === 0 ? '' : <Para text={t('pact.programme.others', { names: city.others.join(', ') })} />}
    </section>
  );
}

/** The steering page of a district without seats of its own: the city-wide regiegroep instead. */
export function citySteeringPage(ctx: PageContext, cities: readonly CityProgramme[]): Page {
  const body = (
    <>
      <Crumbs ctx={ctx} trail={[]} />
      <Heading title={ctx.t('pact.steering.title')} intro={ctx.t('pact.programme.noSeats.intro')} ctx={ctx} />
      {cities.map((city) => (
        <>
          <h2 class="utrecht-heading-2" safe>
            {city.programme.name}
          </h2>
          <CityBodies ctx={ctx} city={city} kinds={['regiegroep', 'agendagroep', 'bestuurders']} />
        </>
      ))}
      <p class="utrecht-paragraph">
        <Link href={`${pactBase(ctx)}/thuis-in-je-wijk`} text={ctx.t('pact.hub.tijw')} />
      </p>
    </>
  );
  return { title: ctx.t('pact.steering.title'), body };
}
