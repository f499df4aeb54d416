import { expect, it } from 'vitest';
import { describeEachDatabase, openSecondConnection } from '../testing/test-database.ts';
import { cachedBuurten, insertBuurten, insertDistrict, insertMunicipality } from './geography.repository.ts';

describeEachDatabase('the buurten of a district, kept in memory per data version (issue 16)', (t) => {
  it('reads them once, and sees buurten another instance adds', async () => {
    const municipalityId = await insertMunicipality(t().db, { slug: 'testgem', name: 'Testgemeente' });
    const districtId = await insertDistrict(t().db, { municipalityId, slug: 'noord', name: 'Noord', position: 0 });
    await insertBuurten(t().db, districtId, [{ slug: 'b', name: 'Bloemenbuurt' }]);
    const first = await cachedBuurten(t().db, districtId);
    expect(first.map((b) => b.name)).toEqual(['Bloemenbuurt']);
    expect(await cachedBuurten(t().db, districtId)).toBe(first);
    expect(await cachedBuurten(t().db, 'no-such-district')).toEqual([]);

    const other = openSecondConnection(t());
    try {
      const west = await insertDistrict(other.db, { municipalityId, slug: 'west', name: 'West', position: 1 });
      await insertBuurten(other.db, west, [{ slug: 'a', name: 'Akkerbuurt' }]);
      // This instance asks for the version at most once a second.
      await new Promise((resolve) => setTimeout(resolve, 1100));
      expect((await cachedBuurten(t().db, west)).map((b) => b.name)).toEqual(['Akkerbuurt']);
      expect((await cachedBuurten(t().db, districtId)).map((b) => b.name)).toEqual(['Bloemenbuurt']);
    } finally {
      await other.close();
    }
  });
});
