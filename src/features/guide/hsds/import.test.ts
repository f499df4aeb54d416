import { expect, it } from 'vitest';
import type { Clock } from '../../../platform/clock.ts';
import type { Db } from '../../../platform/db/schema.ts';
import { seedDemoGeography } from '../../../platform/geography/geography.demo.ts';
import { findDistrictBySlug } from '../../../platform/geography/geography.repository.ts';
import { createTestUser, TEST_PASSWORD } from '../../../platform/testing/users.ts';
import { describeEachEngine } from '../../../testing/test-app.ts';
import { seedDemoGuide } from '../demo/guide.demo.ts';
import { hsdsExport } from './export.ts';
import { uploader } from './hsds-files.testing.ts';

const rolledBack = new Error('rolled back');

/** The export of the demo guide of Oost, made in a transaction that is then undone: the guide stays empty. */
async function demoGuideExport(db: Db, clock: Clock): Promise<string> {
  let exported = '';
  try {
    await db.transaction().execute(async (trx) => {
      await seedDemoGuide(trx, { clock });
      const oost = await findDistrictBySlug(trx, 'oost');
      if (oost !== undefined) exported = await hsdsExport(trx, oost);
      throw rolledBack;
    });
  } catch (error) {
    if (error !== rolledBack) throw error;
  }
  return exported;
}

describeEachEngine(
  'an HSDS export imported elsewhere (issue 3)',
  (t) => {
    it('imports its own export into an empty guide without loss, and a second time changes nothing', async () => {
      await seedDemoGeography(t().db);
      const exported = await demoGuideExport(t().db, t().clock);
      expect(JSON.parse(exported).services.length).toBeGreaterThan(0);
      const id = await createTestUser(t().db, { email: 'coord@elders.example', roles: [{ role: 'coordinator', district: 'oost' }] });
      expect(id).toBeTruthy();
      const coordinator = t().client();
      await coordinator.signIn('coord@elders.example', TEST_PASSWORD);
      const send = await uploader(t(), coordinator);
      const first = await send(exported);
      expect(first.statusCode).toBe(200);
      expect(first.body).toMatch(/Klaar: \d+ nieuw, 0 veranderd, 0 hetzelfde gebleven/);
      expect((await t().client().get('/oost/gids/export/hsds.json')).body).toBe(exported);
      const changesBefore = await t().db.selectFrom('guide_changes').select('id').execute();
      const second = await send(exported);
      expect(second.body).toMatch(/Klaar: 0 nieuw, 0 veranderd, \d+ hetzelfde gebleven/);
      expect(await t().db.selectFrom('guide_changes').select('id').execute()).toHaveLength(changesBefore.length);
      expect((await t().client().get('/oost/gids?q=fietsen')).body).toContain('Repair Café Oost');
    });
  },
  { demo: false },
);
