import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../testing/test-app.ts';
import { findDistrictBySlug } from '../../../platform/geography/geography.repository.ts';
import { createTestUser, TEST_PASSWORD } from '../../../platform/testing/users.ts';
import { findOrCreateOrganization, organizationsOfDistrict } from '../../guide/index.ts';

const linkIn = (text: string) => new URL(/http:\/\/localhost:3000\/aanmelden\/[\w-]+/.exec(text)?.[0] ?? 'http://x/none').pathname;

describeEachEngine('invitations and roles by an administrator', (t) => {
  it('invites a new volunteer, who signs up once through the e-mailed link', async () => {
    await createTestUser(t().db, { email: 'beheer@wijk.example', roles: [{ role: 'administrator', district: 'oost' }] });
    const admin = t().client();
    await admin.signIn('beheer@wijk.example', TEST_PASSWORD);
    await admin.get('/oost/beheer/mensen');
    const invited = await admin.post('/oost/beheer/mensen', {
      name: 'Piet',
      email: 'piet@wijk.example',
      role: 'volunteer',
      buurt: 'sterrenwijk',
    });
    expect(invited.statusCode).toBe(303);
    const mail = await t().smtp.waitFor((m) => m.to.includes('piet@wijk.example'));
    expect(mail.subject).toBe('Uitnodiging voor Wijkportaal Oost');

    const piet = t().client();
    const path = linkIn(mail.text);
    const page = await piet.get(path);
    expect(page.body).toContain('Vrijwilliger');
    const created = await piet.post(path, {
      name: 'Piet de Vries',
      password: 'een fiets met drie wielen',
      passwordRepeat: 'een fiets met drie wielen',
    });
    expect(created.statusCode).toBe(303);
    const me = (await piet.json('GET', '/api/v1/me')).json();
    expect(me.name).toBe('Piet de Vries');
    expect(me.roles).toEqual([expect.objectContaining({ role: 'volunteer', buurtId: expect.any(String) })]);
    expect((await t().client().get(path)).statusCode).toBe(410);

    const audit = await t()
      .db.selectFrom('audit_log')
      .select('action')
      .where('action', 'in', ['users.invited', 'users.invitation_accepted'])
      .execute();
    expect(audit).toHaveLength(2);
  });

  it('gives an existing account the role at once, and takes it away again', async () => {
    const id = await createTestUser(t().db, { email: 'karin@wijk.example', name: 'Karin' });
    await createTestUser(t().db, { email: 'beheer2@wijk.example', roles: [{ role: 'administrator', district: 'oost' }] });
    const admin = t().client();
    await admin.signIn('beheer2@wijk.example', TEST_PASSWORD);
    await admin.get('/oost/beheer/mensen');
    await admin.post('/oost/beheer/mensen', { name: 'Karin', email: 'karin@wijk.example', role: 'coordinator' });
    await t().smtp.waitFor((m) => m.to.includes('karin@wijk.example'));
    const assignment = await t().db.selectFrom('role_assignments').select('id').where('user_id', '=', id).executeTakeFirstOrThrow();
    const page = await admin.get('/oost/beheer/mensen');
    expect(page.body).toContain('Karin');
    const removed = await admin.post(`/oost/beheer/mensen/rollen/${assignment.id}/verwijderen`, {});
    expect(removed.statusCode).toBe(303);
    expect(await t().db.selectFrom('role_assignments').select('id').where('user_id', '=', id).execute()).toEqual([]);
    const actions = await t().db.selectFrom('audit_log').select('action').where('subject_id', '=', id).orderBy('at').execute();
    expect(actions.map((a) => a.action)).toEqual(['roles.assigned', 'roles.revoked']);
  });

  it('refuses bad invitations and stores nothing', async () => {
    await createTestUser(t().db, { email: 'beheer3@wijk.example', roles: [{ role: 'administrator', district: 'oost' }] });
    const admin = t().client();
    await admin.signIn('beheer3@wijk.example', TEST_PASSWORD);
    await admin.get('/oost/beheer/mensen');
    const before = await t().db.selectFrom('invitations').select('id').execute();
    const cases: Record<string, string>[] = [
      { name: '', email: 'x@wijk.example', role: 'volunteer' },
      { name: 'X', email: 'geen adres', role: 'volunteer' },
      { name: 'X', email: 'x@wijk.example', role: 'koning' },
      { name: 'X', email: 'x@wijk.example', role: 'administrator' },
      { name: 'X', email: 'x@wijk.example', role: 'volunteer', buurt: 'ondiep' },
    ];
    for (const form of cases) expect((await admin.post('/oost/beheer/mensen', form)).statusCode).toBe(422);
    expect(await t().db.selectFrom('invitations').select('id').execute()).toEqual(before);
  });

  it('asks the organisation of a partner contact, who then edits its guide entries', async () => {
    await createTestUser(t().db, { email: 'beheer5@wijk.example', roles: [{ role: 'administrator', district: 'oost' }] });
    const admin = t().client();
    await admin.signIn('beheer5@wijk.example', TEST_PASSWORD);
    const page = await admin.get('/oost/beheer/mensen');
    expect(page.body).toContain('<option value="');
    const oost = await findDistrictBySlug(t().db, 'oost');
    const overvecht = await findDistrictBySlug(t().db, 'overvecht');
    const dock = (await organizationsOfDistrict(t().db, oost?.id ?? '')).find((o) => o.name === 'DOCK');
    if (dock === undefined || overvecht === undefined) throw new Error('demo data without DOCK or Overvecht');
    const elsewhere = await findOrCreateOrganization(t().db, {
      districtId: overvecht.id,
      name: 'Elders',
      kind: 'welfare',
      at: '2026-11-23T09:00:00.000Z',
    });
    const base = { name: 'Sam', email: 'sam@dock.example', role: 'partner_contact' };
    const missing = await admin.post('/oost/beheer/mensen', base);
    expect(missing.statusCode).toBe(422);
    expect(missing.body).toContain('Kies de organisatie waarvoor deze persoon aanspreekpunt is.');
    expect((await admin.post('/oost/beheer/mensen', { ...base, organization: elsewhere })).statusCode).toBe(422);
    expect((await admin.post('/oost/beheer/mensen', { ...base, organization: dock.id })).statusCode).toBe(303);
    const mail = await t().smtp.waitFor((m) => m.to.includes('sam@dock.example'));
    const sam = t().client();
    await sam.get(linkIn(mail.text));
    await sam.post(linkIn(mail.text), { name: 'Sam', password: 'een fiets met drie wielen', passwordRepeat: 'een fiets met drie wielen' });
    const me = (await sam.json('GET', '/api/v1/me')).json();
    expect(me.roles).toEqual([expect.objectContaining({ role: 'partner_contact', organizationId: dock.id })]);
    expect((await sam.get(`/oost/gids/organisaties/${dock.id}/bewerken`)).statusCode).toBe(200);
    expect((await admin.get('/oost/beheer/mensen')).body).toContain('Aanspreekpunt van een partner (DOCK)');
  });

  it('keeps an administrator from taking away their own administrator role', async () => {
    const id = await createTestUser(t().db, { email: 'beheer4@wijk.example', roles: [{ role: 'administrator', district: 'oost' }] });
    const admin = t().client();
    await admin.signIn('beheer4@wijk.example', TEST_PASSWORD);
    await admin.get('/oost/beheer/mensen');
    const own = await t().db.selectFrom('role_assignments').select('id').where('user_id', '=', id).executeTakeFirstOrThrow();
    expect((await admin.post(`/oost/beheer/mensen/rollen/${own.id}/verwijderen`, {})).statusCode).toBe(409);
  });

  it('ties a coordinating volunteer to a service: klussen only, and the administrator can change it', async () => {
    await createTestUser(t().db, { email: 'beheer6@wijk.example', roles: [{ role: 'administrator', district: 'oost' }] });
    const admin = t().client();
    await admin.signIn('beheer6@wijk.example', TEST_PASSWORD);
    await admin.get('/oost/beheer/mensen');
    const base = { name: 'Kees', email: 'kees@wijk.example', role: 'coordinating_volunteer' };
    const missing = await admin.post('/oost/beheer/mensen', base);
    expect(missing.statusCode).toBe(422);
    expect(missing.body).toContain('Kies de dienst die deze coördinerend vrijwilliger regelt.');
    expect((await admin.post('/oost/beheer/mensen', { ...base, service: 'odd_job' })).statusCode).toBe(303);
    const mail = await t().smtp.waitFor((m) => m.to.includes('kees@wijk.example'));
    const kees = t().client();
    await kees.get(linkIn(mail.text));
    await kees.post(linkIn(mail.text), {
      name: 'Kees',
      password: 'een fiets met drie wielen',
      passwordRepeat: 'een fiets met drie wielen',
    });
    const me = (await kees.json('GET', '/api/v1/me')).json();
    expect(me.roles).toEqual([expect.objectContaining({ role: 'coordinating_volunteer' })]);

    const oost = await findDistrictBySlug(t().db, 'oost');
    const ofKind = async (kind: string) =>
      (
        await t()
          .db.selectFrom('help_requests')
          .select('id')
          .where('district_id', '=', oost?.id ?? '')
          .where('kind', '=', kind)
          .executeTakeFirstOrThrow()
      ).id;
    const job = await ofKind('odd_job');
    const errand = await ofKind('service');
    expect((await kees.get(`/oost/hulp/balie/${job}`)).statusCode).toBe(200);
    expect((await kees.get(`/oost/hulp/balie/${errand}`)).statusCode).toBe(403);

    const assignment = await t()
      .db.selectFrom('role_assignments as ra')
      .innerJoin('users as u', 'u.id', 'ra.user_id')
      .select('ra.id')
      .where('u.email', '=', 'kees@wijk.example')
      .executeTakeFirstOrThrow();
    expect((await admin.get('/oost/beheer/mensen')).body).toContain('Coördinerend vrijwilliger (Klussen)');
    const servicePage = `/oost/beheer/mensen/rollen/${assignment.id}/dienst`;
    expect((await admin.get(servicePage)).body).toMatch(/value="odd_job"[^>]*checked/);
    expect((await admin.post(servicePage, { service: 'koffie' })).statusCode).toBe(422);
    expect((await admin.post(servicePage, { service: 'service' })).statusCode).toBe(303);
    expect((await kees.get(`/oost/hulp/balie/${errand}`)).statusCode).toBe(200);
    expect((await kees.get(`/oost/hulp/balie/${job}`)).statusCode).toBe(403);
    const changed = await t().db.selectFrom('audit_log').select('details').where('action', '=', 'roles.service_changed').execute();
    expect(changed).toHaveLength(1);
  });
});
