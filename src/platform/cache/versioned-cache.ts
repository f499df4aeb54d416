import type { Db } from '../db/schema.ts';
import { versionOf } from './data-versions.repository.ts';

/**
 * Data that changes rarely but is read on every request (districts, taxonomy terms) is
 * kept in memory. Each instance asks the database for the data's version at most once
 * per `recheckMs`, and reloads when it moved; a writer bumps the version in its own
 * transaction. So a change is seen by every instance within that time, at the cost of
 * one primary-key read per second instead of the whole query per request.
 */
export interface VersionedCache<T> {
  get(): Promise<T>;
}

export function versionedCache<T>(db: Db, name: string, load: (db: Db) => Promise<T>, recheckMs = 1000): VersionedCache<T> {
  let value: T | undefined;
  let version: number | undefined;
  let checkedAt = 0;
  let refreshing: Promise<T> | undefined;

  async function refresh(): Promise<T> {
    const current = await versionOf(db, name);
    if (value === undefined || current !== version) {
      value = await load(db);
      version = current;
    }
    checkedAt = Date.now();
    return value;
  }

  return {
    get() {
      if (value !== undefined && Date.now() - checkedAt < recheckMs) return Promise.resolve(value);
      refreshing ??= refresh().finally(() => (refreshing = undefined));
      return refreshing;
    },
  };
}
