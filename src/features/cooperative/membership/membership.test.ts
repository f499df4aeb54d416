import { beforeEach, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../../platform/auth/demo.ts';
import { createTestUser, TEST_PASSWORD } from '../../../platform/testing/users.ts';
import { describeEachEngine } from '../../../testing/test-app.ts';
import { insertCooperative } from '../shared/cooperative.repository.ts';
import { insertMember } from './membership.repository.ts';

const BOARD = 'bestuur.oost@wijkportaal.example';
const MEMBER = 'lid.oost@wijkportaal.example';

describeEachEngine('cooperative membership', (t) => {
  // Each test starts with a fresh allowance of applications from the test's one address.
  beforeEach(async () => {
    await t().db.deleteFrom('rate_limits').execute();
  });
  const applications = (email: string) => t().db.selectFrom('coop_applications').selectAll().where('email', '=', email).execute();

  it('takes an application without an account and refuses bad ones, storing nothing', async () => {
    const visitor = t().client();
    const form = await visitor.get('/oost/cooperatie/lid-worden');
    expect(form.statusCode).toBe(200);
    const noOrganization = await visitor.post('/oost/cooperatie/lid-worden', {
      kind: 'organisation',
      name: 'Ria',
      email: 'ria@wijk.example',
    });
    expect(noOrganization.statusCode).toBe(422);
    expect(noOrganization.body).toContain('Vul de naam van de organisatie in.');
    expect(noOrganization.body).toContain('value="Ria"');
    const script = await visitor.post('/oost/cooperatie/lid-worden', {
      kind: 'resident',
      name: '<script>alert(1)</script>',
      email: 'ria@wijk.example',
    });
    expect(script.statusCode).toBe(422);
    expect(script.body).toContain('Gebruik gewone tekst');
    const unknownBuurt = await visitor.post('/oost/cooperatie/lid-worden', {
      kind: 'resident',
      name: 'Ria',
      email: 'ria@wijk.example',
      buurt: 'ondiep',
    });
    expect(unknownBuurt.statusCode).toBe(422);
    expect(await applications('ria@wijk.example')).toEqual([]);

    const sent = await visitor.post('/oost/cooperatie/lid-worden', {
      kind: 'organisation',
      name: 'Ria Vertegenwoordiger',
      organization: 'Stichting Test',
      email: 'ria@wijk.example',
      buurt: 'sterrenwijk',
    });
    expect(sent.statusCode).toBe(303);
    await t().smtp.waitFor((m) => m.to.includes('ria@wijk.example') && m.subject.includes('aanmelding'));
    const again = await visitor.post('/oost/cooperatie/lid-worden', { kind: 'resident', name: 'Ria', email: 'ria@wijk.example' });
    expect(again.statusCode).toBe(409);
    expect(await applications('ria@wijk.example')).toHaveLength(1);
    await t().db.deleteFrom('rate_limits').execute();
    for (let i = 0; i < 5; i++)
      await visitor.post('/oost/cooperatie/lid-worden', { kind: 'resident', name: 'Ria', email: 'ria@wijk.example' });
    const tooOften = await visitor.post('/oost/cooperatie/lid-worden', { kind: 'resident', name: 'Ria', email: 'ria@wijk.example' });
    expect(tooOften.statusCode).toBe(429);
    expect((await t().client().get('/overvecht/cooperatie/lid-worden')).statusCode).toBe(404);
  });

  it('lets the daily board admit with an invitation to an account, and decline only with a reason', async () => {
    const visitor = t().client();
    await visitor.get('/oost/cooperatie/lid-worden');
    await visitor.post('/oost/cooperatie/lid-worden', { kind: 'resident', name: 'Bas Nieuw', email: 'bas@wijk.example' });
    await visitor.post('/oost/cooperatie/lid-worden', {
      kind: 'entrepreneur',
      name: 'Cees',
      organization: 'Cees Fietsen',
      email: 'cees@wijk.example',
    });
    const [bas] = await applications('bas@wijk.example');
    const [cees] = await applications('cees@wijk.example');
    const board = t().client();
    await board.signIn(BOARD, DEMO_PASSWORD);
    const queue = await board.get('/oost/cooperatie/aanmeldingen');
    expect(queue.body).toContain('Cees namens Cees Fietsen');
    const admitted = await board.post(`/oost/cooperatie/aanmeldingen/${bas?.id}/besluit`, { decision: 'admitted' });
    expect(admitted.statusCode).toBe(303);
    const invitation = await t().smtp.waitFor((m) => m.to.includes('bas@wijk.example') && m.text.includes('/aanmelden/'));
    expect(invitation.text).toContain('Lid van de wijkcoöperatie');
    const twice = await board.post(`/oost/cooperatie/aanmeldingen/${bas?.id}/besluit`, { decision: 'declined', reason: 'Dubbel' });
    expect(twice.statusCode).toBe(409);

    await board.get('/oost/cooperatie/aanmeldingen');
    const noReason = await board.post(`/oost/cooperatie/aanmeldingen/${cees?.id}/besluit`, { decision: 'declined' });
    expect(noReason.statusCode).toBe(422);
    expect(noReason.body).toContain('Zeg waarom u de aanmelding afwijst.');
    const declined = await board.post(`/oost/cooperatie/aanmeldingen/${cees?.id}/besluit`, {
      decision: 'declined',
      reason: 'Geen bedrijf in Oost',
    });
    expect(declined.statusCode).toBe(303);
    const mail = await t().smtp.waitFor((m) => m.to.includes('cees@wijk.example') && m.text.includes('Geen bedrijf in Oost'));
    expect(mail.subject).toContain('aanmelding');
    const register = await board.get('/oost/cooperatie/leden');
    expect(register.body).toContain('Bas Nieuw');
    expect(register.body).not.toContain('Cees Fietsen');
  });

  it('shows the register only to the board, and logs every read', async () => {
    const count = async () =>
      (await t().db.selectFrom('audit_log').select('id').where('action', '=', 'cooperative.register.read').execute()).length;
    const before = await count();
    const board = t().client();
    await board.signIn(BOARD, DEMO_PASSWORD);
    const page = await board.get('/oost/cooperatie/leden');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Anna Voorbeeld (demo)');
    expect(await count()).toBe(before + 1);
    const member = t().client();
    await member.signIn(MEMBER, DEMO_PASSWORD);
    expect((await member.get('/oost/cooperatie/leden')).statusCode).toBe(403);
    expect((await t().client().get('/oost/cooperatie/leden')).statusCode).toBe(303);
    expect(await count()).toBe(before + 1);
  });

  it("gives Oost's board no power in another district's cooperative", async () => {
    const overvecht = await t().db.selectFrom('districts').select('id').where('slug', '=', 'overvecht').executeTakeFirstOrThrow();
    await insertCooperative(t().db, { districtId: overvecht.id, name: 'Coöperatie Overvecht (test)', at: new Date().toISOString() });
    const visitor = t().client();
    await visitor.get('/overvecht/cooperatie/lid-worden');
    await visitor.post('/overvecht/cooperatie/lid-worden', { kind: 'resident', name: 'Olga', email: 'olga@wijk.example' });
    const [olga] = await applications('olga@wijk.example');
    const board = t().client();
    await board.signIn(BOARD, DEMO_PASSWORD);
    expect((await board.get('/overvecht/cooperatie/aanmeldingen')).statusCode).toBe(403);
    expect((await board.get('/overvecht/cooperatie/leden')).statusCode).toBe(403);
    await board.get('/oost/cooperatie/aanmeldingen');
    expect((await board.post(`/overvecht/cooperatie/aanmeldingen/${olga?.id}/besluit`, { decision: 'admitted' })).statusCode).toBe(403);
    // Nor through Oost's own address: the application belongs to Overvecht.
    expect((await board.post(`/oost/cooperatie/aanmeldingen/${olga?.id}/besluit`, { decision: 'admitted' })).statusCode).toBe(404);
    expect((await applications('olga@wijk.example'))[0]?.status).toBe('pending');
  });

  it('lets a member see and end their own membership, and takes the member role away', async () => {
    await createTestUser(t().db, { email: 'eind@wijk.example', roles: [{ role: 'member', district: 'oost' }] });
    const user = await t().db.selectFrom('users').select('id').where('email', '=', 'eind@wijk.example').executeTakeFirstOrThrow();
    const oost = await t().db.selectFrom('districts').select('id').where('slug', '=', 'oost').executeTakeFirstOrThrow();
    const id = await insertMember(t().db, {
      districtId: oost.id,
      kind: 'resident',
      name: 'Eva Eind',
      organizationName: null,
      email: 'eind@wijk.example',
      phone: null,
      buurtId: null,
      joinedOn: '2025-02-01',
      applicationId: null,
      at: new Date().toISOString(),
    });
    const member = t().client();
    await member.signIn('eind@wijk.example', TEST_PASSWORD);
    const page = await member.get('/oost/cooperatie/mijn-lidmaatschap');
    expect(page.body).toContain('Lid sinds 1 februari 2025.');
    const notSure = await member.post(`/oost/cooperatie/mijn-lidmaatschap/${id}/opzeggen`, { reason: 'Verhuisd' });
    expect(notSure.statusCode).toBe(422);
    expect(notSure.body).toContain('value="Verhuisd"');
    const other = t().client();
    await other.signIn(MEMBER, DEMO_PASSWORD);
    await other.get('/oost/cooperatie/mijn-lidmaatschap');
    expect((await other.post(`/oost/cooperatie/mijn-lidmaatschap/${id}/opzeggen`, { sure: 'on' })).statusCode).toBe(404);
    const ended = await member.post(`/oost/cooperatie/mijn-lidmaatschap/${id}/opzeggen`, { sure: 'on', reason: 'Verhuisd' });
    expect(ended.statusCode).toBe(303);
    expect((await member.get('/oost/cooperatie/mijn-lidmaatschap')).body).toContain('Uw lidmaatschap is gestopt op');
    const roles = await t().db.selectFrom('role_assignments').select('role').where('user_id', '=', user.id).execute();
    expect(roles).toEqual([]);
  });
});
