import type { Lang, Translate } from '../../../platform/i18n/i18n.ts';
import { costText } from '../common/entry.views.tsx';
import { describeSchedule } from '../common/schedule.views.tsx';
import type { Dataset } from '../model/guide.model.ts';
import { termLabelKey } from '../model/taxonomy.ts';
import { toCsv } from './csv.rules.ts';
import type { HsdsContext } from './hsds.mapping.ts';

/** The guide of a district as one spreadsheet: a row per organisation, place and offer, in the reader's language. */
export function csvOf(t: Translate, lang: Lang, data: Dataset, ctx: HsdsContext): string {
  const terms = new Map(ctx.terms.map((x) => [x.id, x]));
  const buurt = (id: string | null) => ctx.buurten.find((b) => b.id === id)?.name ?? '';
  const org = (id: string | null) => data.organizations.find((o) => o.id === id)?.name ?? '';
  const header = [
    'type',
    'id',
    'name',
    'organization',
    'description',
    'address',
    'postalCode',
    'buurt',
    'phone',
    'email',
    'website',
    'cost',
    'forWhom',
    'themes',
    'hours',
    'verified',
  ].map((h) => t(`guide.csv.${h}`));
  const kind = (type: 'organization' | 'location' | 'service') => t(`guide.entry.${type}`);
  const rows = [
    ...data.organizations.map((o) => [
      kind('organization'),
      o.id,
      o.name,
      '',
      o.description,
      '',
      '',
      '',
      data.phones.find((p) => p.organizationId === o.id)?.number,
      o.email,
      o.website,
      '',
      '',
      '',
      '',
      o.lastVerifiedAt,
    ]),
    ...data.locations.map((l) => {
      const hours = data.schedules.filter((s) => s.locationId === l.id).map((s) => describeSchedule(t, s, lang));
      return [
        kind('location'),
        l.id,
        l.name,
        org(l.organizationId),
        l.description,
        l.streetAddress,
        l.postalCode,
        buurt(l.buurtId),
        data.phones.find((p) => p.locationId === l.id)?.number,
        '',
        '',
        '',
        '',
        '',
        hours.join(' | '),
        l.lastVerifiedAt,
      ];
    }),
    ...data.services.map((s) => {
      const names = (taxonomy: string) =>
        s.termIds
          .flatMap((id) =>
            terms.get(id)?.taxonomyCode === taxonomy ? [t(termLabelKey(terms.get(id) ?? { taxonomyCode: 'thema', code: '' }))] : [],
          )
          .join(', ');
      const hours = data.schedules.filter((x) => x.serviceId === s.id).map((x) => describeSchedule(t, x, lang));
      return [
        kind('service'),
        s.id,
        s.name,
        org(s.organizationId),
        s.description,
        '',
        '',
        s.buurtIds.map(buurt).join(', '),
        data.phones.find((p) => p.serviceId === s.id)?.number,
        s.email,
        s.url,
        costText(t, s),
        names('voor-wie'),
        names('thema'),
        hours.join(' | '),
        s.lastVerifiedAt,
      ];
    }),
  ];
  return toCsv(header, rows);
}
