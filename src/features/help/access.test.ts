import { expect, it } from 'vitest';
import { describeEachEngine } from '../../testing/test-app.ts';
import { askOnline, DEMO_PASSWORD, JOOP, requestIdByPhone, signedIn } from './help.testing.ts';

describeEachEngine('neighbour help: who may see and do what', (t) => {
  it('keeps the desk to coordinators of the district and their buurten', async () => {
    await askOnline(t().client(), { phone: '06 6666 0001', buurt: 'oudwijk', street: 'Oudwijk 1' });
    const id = await requestIdByPhone(t(), '06 6666 0001');
    const anonymous = await t().client().get('/oost/hulp/balie');
    expect(anonymous.statusCode).toBe(303);
    expect(anonymous.headers.location).toMatch(/^\/inloggen/);
    const { client: volunteer } = await signedIn(t(), [{ role: 'volunteer', district: 'oost' }]);
    expect((await volunteer.get('/oost/hulp/balie')).statusCode).toBe(403);
    expect((await volunteer.get(`/oost/hulp/balie/${id}`)).statusCode).toBe(403);
    const { client: overvecht } = await signedIn(t(), [{ role: 'coordinator', district: 'overvecht' }]);
    expect((await overvecht.get(`/oost/hulp/balie/${id}`)).statusCode).toBe(403);
    expect((await overvecht.get('/overvecht/hulp/balie')).statusCode).toBe(404);
    const { client: sterrenwijk } = await signedIn(t(), [{ role: 'coordinator', district: 'oost', buurt: 'sterrenwijk' }]);
    expect((await sterrenwijk.get(`/oost/hulp/balie/${id}`)).statusCode).toBe(403);
    const desk = await sterrenwijk.get('/oost/hulp/balie');
    expect(desk.body).not.toContain(id);
    expect(desk.body).toContain('Boodschappen');
    expect(desk.body).not.toContain('06 6666 0001');
  });

  it('shows a volunteer only their own services, and never another volunteer their street', async () => {
    const { client: other } = await signedIn(t(), [{ role: 'volunteer', district: 'oost' }]);
    const matched = await t().db.selectFrom('help_requests').select('id').where('status', '=', 'matched').executeTakeFirstOrThrow();
    expect((await other.get(`/oost/hulp/vrijwilliger/hulpvragen/${matched.id}`)).statusCode).toBe(404);
    const { client: coordinator } = await signedIn(t(), [{ role: 'coordinator', district: 'oost' }]);
    const list = await coordinator.get('/oost/hulp/vrijwilligers');
    expect(list.body).toContain('Joop Vrijwilliger (demo)');
    expect(list.body).not.toContain('Kastanjelaan');
    const audit = await t().db.selectFrom('audit_log').select('action').where('action', '=', 'help.volunteers.read').execute();
    expect(audit.length).toBeGreaterThan(0);
  });

  it('lets a volunteer keep their own profile, and a coordinator record the VOG and a pause', async () => {
    const joop = t().client();
    await joop.signIn(JOOP, DEMO_PASSWORD);
    const profile = await joop.get('/oost/hulp/vrijwilliger/profiel');
    expect(profile.body).toContain('value="Kastanjelaan"');
    const saved = await joop.post('/oost/hulp/vrijwilliger/profiel', {
      buurt: 'sterrenwijk',
      street: 'Kastanjelaan',
      talents: ['groceries', 'walk'],
      talentNote: '',
      days: ['mon'],
      parts: ['morning'],
      reach: 'buurt',
      active: 'on',
    });
    expect(saved.statusCode).toBe(303);
    const bad = await joop.post('/oost/hulp/vrijwilliger/profiel', { buurt: 'sterrenwijk', street: '', reach: 'overal' });
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain('Kies minstens één soort hulp');
    const row = await t()
      .db.selectFrom('help_volunteers as v')
      .innerJoin('users as u', 'u.id', 'v.user_id')
      .select(['v.id', 'v.reach', 'v.availability'])
      .where('u.email', '=', JOOP)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ reach: 'buurt', availability: 1 });
    const { client: coordinator } = await signedIn(t(), [{ role: 'coordinator', district: 'oost' }]);
    await coordinator.get('/oost/hulp/vrijwilligers');
    expect((await coordinator.post(`/oost/hulp/vrijwilligers/${row.id}`, { vogOnFile: '' })).statusCode).toBe(303);
    const after = await t()
      .db.selectFrom('help_volunteers')
      .select(['vog_on_file', 'active'])
      .where('id', '=', row.id)
      .executeTakeFirstOrThrow();
    expect(after).toEqual({ vog_on_file: 0, active: 0 });
    expect((await joop.get('/oost/hulp/balie')).statusCode).toBe(403);
  });
});
