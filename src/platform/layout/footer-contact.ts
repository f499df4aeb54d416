import type { Db } from '../db/schema.ts';
import type { Feature, FooterContact } from '../feature.ts';
import type { District } from '../geography/geography.repository.ts';

const FRESH_MS = 60_000;

/**
 * Whom to call, for the footer of every page of a district, from the feature that keeps it
 * (the guide). Read at most once a minute per district: a phone number changes rarely, and
 * every page shows it.
 */
export function footerContacts(db: Db, features: readonly Feature[]): (district: District) => Promise<FooterContact | null> {
  const owner = features.find((f) => f.footerContact !== undefined);
  const cache = new Map<string, { at: number; contact: Promise<FooterContact | null> }>();
  return (district) => {
    if (owner?.footerContact === undefined) return Promise.resolve(null);
    const now = Date.now();
    const hit = cache.get(district.id);
    if (hit !== undefined && now - hit.at < FRESH_MS) return hit.contact;
    const contact = owner.footerContact(db, district).catch(() => null);
    cache.set(district.id, { at: now, contact });
    return contact;
  };
}
