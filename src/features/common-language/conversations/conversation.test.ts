import { expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../../platform/auth/demo.ts';
import { describeEachEngine } from '../../../testing/test-app.ts';

const answers = {
  kind: 'buurt_visit',
  buurt: 'sterrenwijk',
  know: '',
  achieve: 'Weer onder de mensen komen',
  need: '',
  self: 'Koken',
  contribute: '',
  talent: '',
};

describeEachEngine('conversations along the core questions', (t) => {
  it('records a conversation and, with consent, invites the resident to the volunteer pool', async () => {
    const assistant = t().client();
    await assistant.signIn('buurtassistent.sterrenwijk@wijkportaal.example', DEMO_PASSWORD);
    const form = await assistant.get('/oost/gesprekken/nieuw');
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('Wat wilt u bijdragen?');
    expect(form.body).toContain('href="/oost/begrippen#kernvragen"');
    const saved = await assistant.post('/oost/gesprekken/nieuw', {
      ...answers,
      contribute: 'Samen koken met buren',
      talent: 'Koken',
      name: 'Bewoner Test',
      invite: 'on',
      email: 'bewoner.test@wijk.example',
    });
    expect(saved.statusCode).toBe(303);
    const page = await assistant.get(saved.headers.location as string);
    expect(page.body).toContain('Samen koken met buren');
    const mail = await t().smtp.waitFor((m) => m.to.includes('bewoner.test@wijk.example'));
    expect(mail.text).toContain('Bewoner Test');
    const coordinator = t().client();
    await coordinator.signIn('coordinator.oost@wijkportaal.example', DEMO_PASSWORD);
    const pool = await coordinator.get('/oost/hulp/bijdragen');
    expect(pool.body).toContain('Samen koken met buren');
    const audited = await t()
      .db.selectFrom('audit_log')
      .select('action')
      .where('action', 'in', ['help.pool.invited', 'help.pool.read'])
      .execute();
    expect(new Set(audited.map((a) => a.action))).toEqual(new Set(['help.pool.invited', 'help.pool.read']));
  });

  it('refuses an invitation without what to contribute or a way to reach, and keeps the input', async () => {
    const assistant = t().client();
    await assistant.signIn('buurtassistent.sterrenwijk@wijkportaal.example', DEMO_PASSWORD);
    await assistant.get('/oost/gesprekken/nieuw');
    const before = await t().db.selectFrom('help_pool_invitations').select('id').execute();
    for (let i = 0; i < 2; i++) {
      const refused = await assistant.post('/oost/gesprekken/nieuw', { ...answers, invite: 'on', name: 'Bewoner Test' });
      expect(refused.statusCode).toBe(422);
      expect(refused.body).toContain('Vul in wat de bewoner wil bijdragen');
      expect(refused.body).toContain('Weer onder de mensen komen');
    }
    const empty = await assistant.post('/oost/gesprekken/nieuw', { kind: 'buurt_visit', buurt: 'sterrenwijk' });
    expect(empty.statusCode).toBe(422);
    expect(empty.body).toContain('minstens één kernvraag');
    const after = await t().db.selectFrom('help_pool_invitations').select('id').execute();
    expect(after).toHaveLength(before.length);
  });

  it('keeps a buurt assistant to their buurt and audits a colleague reading', async () => {
    const assistant = t().client();
    await assistant.signIn('buurtassistent.sterrenwijk@wijkportaal.example', DEMO_PASSWORD);
    await assistant.get('/oost/gesprekken/nieuw');
    const elsewhere = await assistant.post('/oost/gesprekken/nieuw', { ...answers, buurt: 'oudwijk' });
    expect(elsewhere.statusCode).toBe(422);
    expect(elsewhere.body).toContain('in uw eigen buurt');
    const saved = await assistant.post('/oost/gesprekken/nieuw', answers);
    const path = (saved.headers.location as string).split('?')[0] as string;
    const infopunt = t().client();
    await infopunt.signIn('wijkinformatiepunt.oost@wijkportaal.example', DEMO_PASSWORD);
    expect((await infopunt.get(path)).statusCode).toBe(200);
    const pactCoordinator = t().client();
    await pactCoordinator.signIn('wijkpactcoordinator.oost@wijkportaal.example', DEMO_PASSWORD);
    expect((await pactCoordinator.get(path)).statusCode).toBe(403);
    const reads = await t().db.selectFrom('audit_log').select('action').where('action', '=', 'conversation.read').execute();
    expect(reads).toHaveLength(1);
  });

  it('is reached from the help intake at the desk, starting as a help intake', async () => {
    const coordinator = t().client();
    await coordinator.signIn('coordinator.oost@wijkportaal.example', DEMO_PASSWORD);
    const intake = await coordinator.get('/oost/hulp/balie/nieuw');
    expect(intake.body).toContain('href="/oost/gesprekken/nieuw?soort=help_intake"');
    const form = await coordinator.get('/oost/gesprekken/nieuw?soort=help_intake');
    expect(form.body).toMatch(/<option value="help_intake" selected>/);
  });
});
