import type { FieldErrors } from '../../../platform/http/forms.ts';
import { centsOf } from '../model/cost.rules.ts';
import type { ServiceChoices } from './choices.ts';
import type { ServiceForm } from './edit.schema.ts';
import type { ServiceInput } from './services.repository.ts';

/** Everything chosen must be one of the choices offered: buurten, themes, places, own organisations. */
export function checkService(data: ServiceForm, choices: ServiceChoices): { errors: FieldErrors; input: ServiceInput } {
  const errors: FieldErrors = {};
  const buurtIds = data.buurten.map((slug) => choices.buurten.find((b) => b.slug === slug)?.id ?? '');
  const known = new Set([...choices.themes, ...choices.audiences].map((t) => t.id));
  if (buurtIds.includes('')) errors.buurten = { code: 'validation.choice' };
  if ([...data.terms, ...data.audiences].some((t) => !known.has(t))) errors.terms = { code: 'validation.choice' };
  if (data.locations.some((l) => !choices.locations.some((c) => c.id === l))) errors.locations = { code: 'validation.choice' };
  if (!choices.organizations.some((o) => o.id === data.organizationId))
    errors.organizationId = { code: 'guide.field.organizationId.notYours' };
  const input: ServiceInput = {
    organizationId: data.organizationId,
    name: data.name,
    alternateName: data.alternateName,
    description: data.description ?? '',
    url: data.url,
    email: data.email,
    status: data.active ? 'active' : 'inactive',
    isInformal: data.isInformal,
    costKind: data.costKind,
    costCents: data.costKind === 'amount' ? centsOf(data.costAmount ?? '') : null,
    costDescription: data.costDescription ?? '',
    eligibilityDescription: data.eligibilityDescription ?? '',
    applicationProcess: data.applicationProcess ?? '',
    termIds: [...data.terms, ...data.audiences],
    buurtIds,
    languages: data.languages,
    locationIds: data.locations,
  };
  return { errors, input };
}
