import { expect, it } from 'vitest';
import { openDatabase } from '../../../platform/db/database.ts';
import { findDistrictBySlug } from '../../../platform/geography/geography.repository.ts';
import { describeEachEngine } from '../../../testing/test-app.ts';
import { addContact, contactsOfDistrict } from './contacts.repository.ts';

describeEachEngine('the named people of a district, kept in memory per data version (issue 16)', (t) => {
  it('reads them once, and sees at once a person another instance adds', async () => {
    const oost = await findDistrictBySlug(t().db, 'oost');
    if (oost === undefined) throw new Error('no Oost in the demo data');
    const before = await contactsOfDistrict(t().db, oost.id);
    expect(await contactsOfDistrict(t().db, oost.id)).toBe(before);
    const organizationId = before[0]?.organizationId;
    if (organizationId === undefined) throw new Error('the demo names nobody in Oost');

    const target =
      t().engine === 'postgres' ? { kind: 'postgres' as const, url: t().databaseUrl } : { kind: 'sqlite' as const, file: t().databaseUrl };
    const second = openDatabase(target);
    try {
      await second.db.transaction().execute((trx) =>
        addContact(trx, {
          organizationId,
          name: 'Zoë Testpersoon',
          title: null,
          contactFor: 'de test',
          email: null,
          phone: null,
          userId: null,
          at: t().clock.now().toISOString(),
        }),
      );
      const after = await contactsOfDistrict(t().db, oost.id);
      expect(after.length).toBe(before.length + 1);
      expect(after.map((c) => c.name)).toContain('Zoë Testpersoon');
    } finally {
      await second.close();
    }
  });
});
