import { pino } from 'pino';
import { expect, it } from 'vitest';
import { createScheduler } from '../../../platform/jobs/scheduler.ts';
import { describeEachEngine } from '../../../testing/test-app.ts';
import { createTestUser, TEST_PASSWORD } from '../../../platform/testing/users.ts';
import { guideFeature } from '../guide.feature.ts';
import { reminderJob } from '../reminders/reminders.job.ts';

describeEachEngine('keeping the guide true (issue 3)', (t) => {
  const orgId = async (name: string) =>
    (await t().db.selectFrom('organizations').select('id').where('name', '=', name).executeTakeFirstOrThrow()).id;
  const serviceOf = async (org: string) =>
    await t()
      .db.selectFrom('services')
      .select(['id', 'name'])
      .where('organization_id', '=', await orgId(org))
      .executeTakeFirstOrThrow();

  it('lets a partner contact edit their own organisation’s entries, and no other (ownership)', async () => {
    const dock = await orgId('DOCK');
    await createTestUser(t().db, {
      email: 'dock@wijk.example',
      roles: [{ role: 'partner_contact', district: 'oost', organizationId: dock }],
    });
    const partner = t().client();
    await partner.signIn('dock@wijk.example', TEST_PASSWORD);
    const own = await serviceOf('DOCK');
    const other = await serviceOf('NIZU');
    const page = await partner.get(`/oost/gids/aanbod/${own.id}/bewerken`);
    expect(page.statusCode).toBe(200);
    expect((await partner.get(`/oost/gids/aanbod/${other.id}/bewerken`)).statusCode).toBe(403);
    expect((await partner.get(`/oost/gids/organisaties/${await orgId('NIZU')}/bewerken`)).statusCode).toBe(403);
    const before = await t().db.selectFrom('services').select('name').where('id', '=', other.id).executeTakeFirstOrThrow();
    const forged = await partner.post(`/oost/gids/aanbod/${other.id}/bewerken`, {
      organizationId: await orgId('NIZU'),
      name: 'Gekaapt',
      costKind: 'free',
    });
    expect(forged.statusCode).toBe(403);
    expect(await t().db.selectFrom('services').select('name').where('id', '=', other.id).executeTakeFirstOrThrow()).toEqual(before);
    // Moving its own service to another organisation is refused as well.
    const moved = await partner.post(`/oost/gids/aanbod/${own.id}/bewerken`, {
      organizationId: await orgId('NIZU'),
      name: own.name,
      costKind: 'free',
    });
    expect(moved.statusCode).toBe(422);
    expect(moved.body).toContain('Kies een organisatie waarvoor u dit mag doen.');
  });

  it('keeps who and when of every change, finds the change at once, and refuses bad input', async () => {
    await createTestUser(t().db, { email: 'coord@wijk.example', roles: [{ role: 'coordinator', district: 'oost' }] });
    const coordinator = t().client();
    await coordinator.signIn('coord@wijk.example', TEST_PASSWORD);
    const service = await serviceOf('SportUtrecht');
    await coordinator.get(`/oost/gids/aanbod/${service.id}/bewerken`);
    const fields = {
      organizationId: await orgId('SportUtrecht'),
      name: 'Buurtsport en fietstochten',
      active: 'ja',
      costKind: 'amount',
      costAmount: '2,50',
      languages: 'nl',
    };
    const script = await coordinator.post(`/oost/gids/aanbod/${service.id}/bewerken`, {
      ...fields,
      description: '<script>alert(1)</script>',
    });
    expect(script.statusCode).toBe(422);
    expect(script.body).toContain('Gebruik geen HTML of scripts in de tekst');
    expect(script.body).not.toContain('<script>alert(1)</script>');
    expect((await t().db.selectFrom('services').select('name').where('id', '=', service.id).executeTakeFirstOrThrow()).name).toBe(
      service.name,
    );
    const saved = await coordinator.post(`/oost/gids/aanbod/${service.id}/bewerken`, {
      organizationId: await orgId('SportUtrecht'),
      name: 'Buurtsport en fietstochten',
      description: 'Samen fietsen door Oost.',
      active: 'ja',
      costKind: 'amount',
      costAmount: '2,50',
      languages: 'nl',
    });
    expect(saved.statusCode).toBe(303);
    const edit = await coordinator.get(saved.headers.location as string);
    expect(edit.body).toContain('Opgeslagen.');
    expect(edit.body).toContain('coord');
    const page = await t().client().get(`/oost/gids/aanbod/${service.id}`);
    expect(page.body).toContain('€ 2,50');
    expect((await t().client().get('/oost/gids?q=fietstocht')).body).toContain('Buurtsport en fietstochten');
    const change = await t()
      .db.selectFrom('guide_changes')
      .selectAll()
      .where('entry_id', '=', service.id)
      .where('action', '=', 'updated')
      .executeTakeFirstOrThrow();
    expect(change.changed_by).not.toBeNull();
    expect(JSON.parse(change.details).name).toEqual(['Buurtsport voor jong en oud', 'Buurtsport en fietstochten']);

    const org = await orgId('SportUtrecht');
    await coordinator.get(`/oost/gids/organisaties/${org}/bewerken`);
    const phone = await coordinator.post(`/oost/gids/organisaties/${org}/bewerken`, {
      name: 'SportUtrecht',
      kind: 'sports',
      phone: '030 000 0099',
    });
    expect(phone.statusCode).toBe(303);
    expect((await t().client().get(`/oost/gids/organisaties/${org}`)).body).toContain('030 000 0099');
    expect(
      (await coordinator.post(`/oost/gids/organisaties/${org}/bewerken`, { name: 'SportUtrecht', kind: 'sports', phone: 'bel me' }))
        .statusCode,
    ).toBe(422);
    const bad = await coordinator.post(`/oost/gids/aanbod/${service.id}/tijden`, {
      kind: 'opening',
      type: 'weekly',
      days: 'MO',
      opensAt: '17:00',
      closesAt: '09:00',
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain('De eindtijd moet na de begintijd liggen.');
    const good = await coordinator.post(`/oost/gids/aanbod/${service.id}/tijden`, {
      kind: 'walk_in',
      type: 'monthly',
      week: '1',
      days: 'TU',
      opensAt: '10:00',
      closesAt: '11:00',
    });
    expect(good.statusCode).toBe(303);
    const schedules = await t().db.selectFrom('schedules').select(['byday', 'freq']).where('service_id', '=', service.id).execute();
    expect(schedules).toContainEqual({ byday: '1TU', freq: 'MONTHLY' });
  });

  it('flags entries not verified for a year and mails their owners once, from one instance', async () => {
    const pazio = await orgId('PAZIO');
    await createTestUser(t().db, {
      email: 'pazio@wijk.example',
      name: 'Petra Pazio',
      roles: [{ role: 'partner_contact', district: 'oost', organizationId: pazio }],
    });
    expect((await t().client().get(`/oost/gids/organisaties/${pazio}`)).body).toContain('langer dan een jaar niet nagekeken');
    const job = reminderJob(t().deps);
    const log = pino({ level: 'silent' });
    const a = createScheduler({ db: t().db, clock: t().clock, log, jobs: [job] });
    const b = createScheduler({ db: t().db, clock: t().clock, log, jobs: [job] });
    await Promise.all([a.tick(), b.tick()]);
    const mail = await t().smtp.waitFor((m) => m.to.includes('pazio@wijk.example'));
    expect(mail.text).toContain('PAZIO');
    expect(mail.text).toContain(`/oost/gids/organisaties/${pazio}/bewerken`);
    t().clock.advanceMinutes(24 * 60);
    await a.tick();
    expect(t().smtp.mails.filter((m) => m.to.includes('pazio@wijk.example'))).toHaveLength(1);

    const partner = t().client();
    await partner.signIn('pazio@wijk.example', TEST_PASSWORD);
    await partner.get(`/oost/gids/organisaties/${pazio}/bewerken`);
    expect((await partner.post(`/oost/gids/organisaties/${pazio}/nagekeken`, {})).statusCode).toBe(303);
    expect((await t().client().get(`/oost/gids/organisaties/${pazio}`)).body).not.toContain('langer dan een jaar niet nagekeken');
  });

  it('lets an expert by experience assess a place, shown in words and found by the filter', async () => {
    const place = await t().db.selectFrom('locations').select('id').where('name', '=', 'De Wilg').executeTakeFirstOrThrow();
    const resident = t().client();
    await createTestUser(t().db, { email: 'gewoon@wijk.example', roles: [{ role: 'resident', district: 'oost' }] });
    await resident.signIn('gewoon@wijk.example', TEST_PASSWORD);
    expect((await resident.get(`/oost/gids/plekken/${place.id}/beoordelen`)).statusCode).toBe(403);
    expect((await t().client().get('/oost/gids?soort=plekken&toegankelijk=welkom')).body).not.toContain('>De Wilg<');
    const expert = t().client();
    await expert.signIn('ervaringsdeskundige.oost@wijkportaal.example', 'wijkportaal-demo');
    await expert.get(`/oost/gids/plekken/${place.id}/beoordelen`);
    const sent = await expert.post(`/oost/gids/plekken/${place.id}/beoordelen`, {
      assessedOn: '2026-11-20',
      physicalScore: '3',
      financialScore: '3',
      welcomeScore: '3',
      welcomeRemarks: 'Hartelijk ontvangen.',
    });
    expect(sent.statusCode).toBe(303);
    const page = await t().client().get(`/oost/gids/plekken/${place.id}`);
    expect(page.body).toContain('ja, u voelt zich welkom');
    expect(page.body).toContain('Hartelijk ontvangen.');
    expect(page.body).not.toContain('Hanna');
    expect((await t().client().get('/oost/gids?soort=plekken&toegankelijk=welkom')).body).toContain('De Wilg');
    const oost = await t().db.selectFrom('districts').select('id').where('slug', '=', 'oost').executeTakeFirstOrThrow();
    const [figure] = (await guideFeature.processFigures?.(t().db, { districtId: oost.id, year: 2026 })) ?? [];
    expect(figure).toMatchObject({ key: 'guide.placesAssessed', unit: 'count', value: 4 });
    expect(figure?.byMonth?.[10]).toBe(4);
  });
});
