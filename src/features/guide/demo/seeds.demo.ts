/**
 * The demo guide of Oost, from the seeds: the signatories of Wijkpact Samen Oost (001) with
 * their roles and added value (000 annex III), the meeting places of 000 §7 and annex III,
 * the walk-in points and buurt networks of the Wijkcoöperatie (004). Contact persons and
 * phone numbers are visibly fictional; addresses and hours are examples. The rows are in
 * guide.demo.json; this gives them their types.
 */
import type { OrganizationKind } from '../guide.tables.ts';
import seeds from './guide.demo.json' with { type: 'json' };

export interface DemoOrg {
  name: string;
  kind: OrganizationKind;
  description: string;
  website?: string;
  contact?: { name: string; title: string; for: string; phone: string };
}

export interface DemoPlace {
  name: string;
  owner: string | null;
  buurt: string;
  street: string;
  postalCode: string;
  meetingPlace: boolean;
  description: string;
  access: string;
  /** Opening hours as [days, opens, closes]. */
  open?: [string, string, string][];
  /** Latest assessment: physical, financial, welcome (3 good, 2 could be better, 1 not good). */
  assessed?: [number, number, number, string];
}

/** A place closed for some days, an exception to its opening hours. */
export interface DemoClosure {
  place: string;
  from: string;
  to: string;
  note: string;
}

export interface DemoService {
  org: string;
  name: string;
  description: string;
  themes: string[];
  forWhom: string[];
  informal?: boolean;
  cost?: ['free'] | ['ask'] | ['amount', number, string];
  places?: string[];
  buurten?: string[];
  /** Hours as [kind, days, opens, closes], or a monthly rule with "1TU"-style days. */
  hours?: ['walk_in' | 'consultation' | 'opening', string, string, string][];
  languages?: string[];
  eligibility?: string;
}

export const demo = seeds as unknown as {
  organizations: DemoOrg[];
  places: DemoPlace[];
  closures: DemoClosure[];
  services: DemoService[];
  /** Entries nobody has checked for over a year, so the flag and the reminder can be seen. */
  stale: { organizations: string[]; services: string[] };
};
