/**
 * What goes on paper: the meterkastkaart of a buurt ("Waar kan ik terecht met…", seed 001)
 * groups offers by kind of question, each with a named person, a phone number and the
 * walk-in hours, and shows each offer once.
 */
import type { Contact, Dataset, Service } from '../model/guide.model.ts';
import type { Term } from '../model/taxonomy.ts';
import type { Schedule } from '../model/schedule.rules.ts';

export interface CardLine {
  service: Service;
  organization: string;
  contact: Contact | null;
  phone: string | null;
  walkIn: Schedule[];
}

export interface CardGroup {
  term: Term;
  lines: CardLine[];
  /** How many more offers answer this kind of question than fit on the card. */
  more: number;
}

/** A card is read at arm's length: a few offers per kind of question, the rest on the website. */
const CARD_LINES_PER_GROUP = 2;

/** Offers for the buurt: those for some buurten serve those, the others the whole district. */
function servesBuurt(service: Service, buurtId: string): boolean {
  return service.buurtIds.length === 0 || service.buurtIds.includes(buurtId);
}

/** The person to call: the buurt's own contact first (a buurt assistant), then one for a place of the offer, then any of the organisation. */
function contactFor(service: Service, data: Dataset, buurtId: string | null): Contact | null {
  const own = data.contacts.filter((c) => c.organizationId === service.organizationId);
  const places = new Set(data.serviceAtLocations.filter((s) => s.serviceId === service.id).map((s) => s.locationId));
  return (
    own.find((c) => buurtId !== null && c.buurtId === buurtId) ??
    own.find((c) => c.locationId !== null && places.has(c.locationId)) ??
    own.find((c) => c.buurtId === null) ??
    null
  );
}

export function lineOf(service: Service, data: Dataset, buurtId: string | null): CardLine {
  const contact = contactFor(service, data, buurtId);
  const sals = new Set(data.serviceAtLocations.filter((s) => s.serviceId === service.id).map((s) => s.id));
  const phone =
    contact?.phone ??
    data.phones.find((p) => p.serviceId === service.id)?.number ??
    data.phones.find((p) => p.organizationId === service.organizationId)?.number ??
    null;
  return {
    service,
    organization: data.organizations.find((o) => o.id === service.organizationId)?.name ?? '',
    contact,
    phone,
    walkIn: data.schedules.filter(
      (s) => (s.serviceId === service.id || sals.has(s.serviceAtLocationId ?? '')) && s.kind !== 'opening' && s.exception === 'none',
    ),
  };
}

/** The kinds of question, in the taxonomy's order, each with the offers for this buurt that answer it first. */
export function cardGroups(data: Dataset, kinds: readonly Term[], buurtId: string): CardGroup[] {
  const placed = new Set<string>();
  const services = data.services.filter((s) => s.status === 'active' && servesBuurt(s, buurtId));
  // Offers for this buurt alone come before those for the whole district.
  services.sort(
    (a, b) => Number(b.buurtIds.includes(buurtId)) - Number(a.buurtIds.includes(buurtId)) || a.name.localeCompare(b.name, 'nl'),
  );
  return kinds
    .map((term) => {
      const matching = services.filter((s) => !placed.has(s.id) && s.termIds.includes(term.id));
      for (const s of matching) placed.add(s.id);
      // A named person with a phone number comes first: that is what the card is for.
      const callable = matching.map((s) => lineOf(s, data, buurtId)).sort((a, b) => Number(b.phone !== null) - Number(a.phone !== null));
      const lines = callable.slice(0, CARD_LINES_PER_GROUP);
      return { term, lines, more: matching.length - lines.length };
    })
    .filter((g) => g.lines.length > 0);
}
