import { expect, it } from 'vitest';
import { scopeKey } from './platform/auth/roles.rules.ts';
import { createTestUser, TEST_PASSWORD } from './platform/testing/users.ts';
import { describeEachEngine } from './testing/test-app.ts';

const ROWS = 10_000;
const at = '2026-11-30T12:00:00.000Z';

/**
 * No list grows with the data: with 10,000 people holding a role and 10,000 volunteers in
 * one district, the administrators' and the coordinators' lists stay one light page each,
 * and every later page can be reached. (The desk has its own test beside it.)
 */
describeEachEngine('lists with 10,000 rows', (t) => {
  it('the people and volunteers of a district come a page at a time', async () => {
    const { db } = t();
    const district = await db.selectFrom('districts').select('id').where('slug', '=', 'oost').executeTakeFirstOrThrow();
    const buurt = await db.selectFrom('buurten').select('id').where('district_id', '=', district.id).executeTakeFirstOrThrow();
    for (let first = 0; first < ROWS; first += 500) {
      const ids = Array.from({ length: 500 }, (_, i) => `bulk-user-${String(first + i).padStart(5, '0')}`);
      const users = ids.map((id, i) => ({
        id,
        email: `${id}@bulk.example`,
        name: `Bulk ${String(first + i).padStart(5, '0')}`,
        password_hash: null,
        created_at: at,
        disabled_at: null,
      }));
      await db.insertInto('users').values(users).execute();
      await db
        .insertInto('role_assignments')
        .values(
          ids.map((id) => ({
            id: `ra-${id}`,
            user_id: id,
            role: 'volunteer',
            district_id: district.id,
            buurt_id: null,
            organization_id: null,
            service: null,
            scope_key: scopeKey({ role: 'volunteer', districtId: district.id, buurtId: null, organizationId: null }),
            created_at: at,
            created_by: null,
          })),
        )
        .execute();
      await db
        .insertInto('help_volunteers')
        .values(
          ids.map((id) => ({
            id: `v-${id}`,
            district_id: district.id,
            user_id: id,
            buurt_id: buurt.id,
            street: 'Laan 1',
            talents: 1,
            talent_note: '',
            availability: 0,
            reach: 'buurt',
            active: 1,
            vog_on_file: 0,
            vog_checked_at: null,
            created_at: at,
            updated_at: at,
          })),
        )
        .execute();
    }
    await createTestUser(db, {
      email: 'lijsten@wijk.example',
      roles: [
        { role: 'administrator', district: 'oost' },
        { role: 'coordinator', district: 'oost' },
      ],
    });
    const client = t().client();
    expect((await client.signIn('lijsten@wijk.example', TEST_PASSWORD)).statusCode).toBe(303);

    const bulkNames = (html: string): string[] => html.match(/Bulk \d{5}/g) ?? [];
    for (const [path, perPage] of [
      ['/oost/beheer/mensen', 100],
      ['/oost/hulp/vrijwilligers', 50],
    ] as const) {
      const first = await client.get(path);
      expect(first.statusCode, path).toBe(200);
      expect(first.body.length, path).toBeLessThan(500_000);
      expect(first.body).toMatch(/Pagina 1 van \d+/);
      expect(new Set(bulkNames(first.body)).size, path).toBeLessThanOrEqual(perPage);
      const later = bulkNames((await client.get(`${path}?pagina=7`)).body);
      expect(later.length, path).toBeGreaterThan(0);
      expect(
        later.some((name) => bulkNames(first.body).includes(name)),
        path,
      ).toBe(false);
    }
    const api = await client.json('GET', '/api/v1/districts/oost/help/volunteers?page=3');
    expect(api.statusCode).toBe(200);
    expect(api.json()).toHaveLength(50);
    expect((await client.json('GET', '/api/v1/districts/oost/people?page=0')).statusCode).toBe(400);
  });
});
