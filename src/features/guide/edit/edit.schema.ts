import { z } from 'zod';
import {
  checkbox,
  choice,
  id,
  list,
  optionalEmail,
  optionalId,
  optionalPostcode,
  optionalText,
  text,
} from '../../../platform/http/fields.ts';
import { guidePhone, plainTextIn, webAddress } from '../common/guide.schema.ts';
import { centsOf, costKinds } from '../model/cost.rules.ts';
import { organizationKinds } from '../guide.tables.ts';

const name = text(150);
const longText = (max: number) => optionalText(max, { multiline: true });

/** The languages an offer can be given in, as the form offers them. */
export const languageCodes = ['nl', 'en', 'ar', 'tr', 'pl', 'uk', 'ti', 'so', 'zgh', 'de', 'fr', 'es', 'ngt'] as const;

export const organizationForm = plainTextIn(
  z.object({
    phone: guidePhone,
    name,
    alternateName: optionalText(150),
    kind: choice(organizationKinds),
    description: longText(4000),
    email: optionalEmail(),
    website: webAddress,
  }),
  ['name', 'alternateName', 'description'],
);
export type OrganizationForm = z.output<typeof organizationForm>;

export const locationForm = plainTextIn(
  z.object({
    phone: guidePhone,
    name,
    organizationId: optionalId,
    description: longText(4000),
    streetAddress: optionalText(150),
    postalCode: optionalPostcode(),
    buurt: optionalText(80),
    isMeetingPlace: checkbox,
    transportation: longText(1000),
    accessibilityDescription: longText(2000),
  }),
  ['name', 'description', 'streetAddress', 'transportation', 'accessibilityDescription'],
);
export type LocationForm = z.output<typeof locationForm>;

export const serviceForm = plainTextIn(
  z.object({
    organizationId: id,
    phone: guidePhone,
    name,
    alternateName: optionalText(150),
    description: longText(4000),
    url: webAddress,
    email: optionalEmail(),
    active: checkbox,
    isInformal: checkbox,
    costKind: choice(costKinds),
    costAmount: optionalText(12),
    costDescription: optionalText(500),
    eligibilityDescription: longText(1000),
    applicationProcess: longText(1000),
    terms: list(id, 40),
    audiences: list(id, 20),
    buurten: list(id, 40),
    languages: list(choice(languageCodes), 20),
    locations: list(id, 40),
  }),
  ['name', 'alternateName', 'description', 'costDescription', 'eligibilityDescription', 'applicationProcess'],
).superRefine((v, ctx) => {
  if (v.costKind === 'amount' && centsOf(v.costAmount ?? '') === null)
    ctx.addIssue({ code: 'custom', path: ['costAmount'], message: 'guide.cost.amount.invalid' });
});
export type ServiceForm = z.output<typeof serviceForm>;
