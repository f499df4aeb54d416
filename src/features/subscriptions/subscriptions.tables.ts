/** The subscriptions' tables, added to the one database type (see platform/db/schema.ts). */

/**
 * A resident's subscription to the digest of their buurt (or the whole district), by
 * e-mail, without an account. Pending until the link in the confirmation mail is followed.
 */
interface SubscriptionTable {
  id: string;
  district_id: string;
  /** Null: the whole district. */
  buurt_id: string | null;
  email: string;
  /** The address as the opt-out store knows it (platform/mail/opt-outs.ts). */
  address_key: string;
  /** weekly or monthly. */
  frequency: string;
  /** The language the digest is written in: the one the resident subscribed in. */
  lang: string;
  /** pending, active or ended. */
  status: string;
  /** Hash of the confirmation link's token; null once confirmed. */
  confirm_token_hash: string | null;
  created_at: string;
  confirmed_at: string | null;
  ended_at: string | null;
  /** The last period a digest was made for (2026-W49, 2026-12): never twice for one period. */
  last_period: string | null;
}

declare module '../../platform/db/schema.ts' {
  interface Tables {
    subscriptions: SubscriptionTable;
  }
}

export {};
