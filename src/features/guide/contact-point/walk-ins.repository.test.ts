import { expect, it } from 'vitest';
import { openDatabase } from '../../../platform/db/database.ts';
import { findDistrictBySlug } from '../../../platform/geography/geography.repository.ts';
import { describeEachEngine, type TestApp } from '../../../testing/test-app.ts';
import { reindexAround } from '../search/index.repository.ts';
import { chooseContactPoint, contactPointOfDistrict, walkInPointsOfDistrict } from './walk-ins.repository.ts';

/** A second app instance's connection to the same database. */
function secondInstance(t: TestApp) {
  return openDatabase(t.engine === 'postgres' ? { kind: 'postgres', url: t.databaseUrl } : { kind: 'sqlite', file: t.databaseUrl });
}

describeEachEngine('walk-in points kept in memory per data version (issue 16)', (t) => {
  it('reads them once, and sees at once a change another instance makes', async () => {
    const oost = await findDistrictBySlug(t().db, 'oost');
    if (oost === undefined) throw new Error('no Oost in the demo data');
    const before = await walkInPointsOfDistrict(t().db, oost.id);
    expect((await contactPointOfDistrict(t().db, oost.id))?.name).toBe('Wijkinformatiepunt Oost');
    // Unchanged data: the same list from memory, not a new read.
    expect(await walkInPointsOfDistrict(t().db, oost.id)).toBe(before);

    const other = before.find((p) => p.name !== 'Wijkinformatiepunt Oost');
    if (other === undefined) throw new Error('the demo has no second walk-in point');
    const second = secondInstance(t());
    try {
      // A coordinator on the other instance names another contact point …
      await second.db.transaction().execute((trx) => chooseContactPoint(trx, oost.id, other.id, t().clock.now().toISOString()));
      expect((await contactPointOfDistrict(t().db, oost.id))?.name).toBe(other.name);
      // … and takes that place's walk-in hours away, as a guide editor does (the re-index marks the change).
      await second.db.transaction().execute(async (trx) => {
        const ids = other.hours.map((h) => h.schedule.id);
        await trx.deleteFrom('schedules').where('id', 'in', ids).execute();
        await reindexAround(trx, oost.id, { locationIds: [other.id] });
      });
      const after = await walkInPointsOfDistrict(t().db, oost.id);
      expect(after.map((p) => p.name)).not.toContain(other.name);
      expect(after.length).toBeLessThan(before.length);
      // In a transaction the points are read afresh, never from memory.
      await t()
        .db.transaction()
        .execute(async (trx) => expect(await walkInPointsOfDistrict(trx, oost.id)).not.toBe(after));
    } finally {
      await second.close();
      await t()
        .db.transaction()
        .execute(async (trx) => {
          const point = before.find((p) => p.name === 'Wijkinformatiepunt Oost');
          if (point !== undefined) await chooseContactPoint(trx, oost.id, point.id, t().clock.now().toISOString());
        });
    }
  });
});
