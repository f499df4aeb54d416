import { expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../../platform/auth/demo.ts';
import { describeEachEngine } from '../../../testing/test-app.ts';

const answers = {
  kind: 'question_intake',
  buurt: 'sterrenwijk',
  coreKnow: '',
  coreAchieve: 'Weer onder de mensen komen',
  coreNeed: '',
  coreSelf: 'Koken',
  coreContribute: '',
  coreTalent: '',
};

/** A help request taken in at the desk by phone, as in the help tests, with the core questions. */
const deskRequest = (overrides: Record<string, string | string[]>) => ({
  source: 'phone',
  name: 'Mevrouw Kern',
  phone: '06 3131 0001',
  email: '',
  buurt: 'sterrenwijk',
  street: 'Kastanjelaan 41',
  talent: 'groceries',
  what: 'Boodschappen halen, een goed gesprek eerst',
  frequency: 'once',
  duration: '60',
  days: ['tue'],
  parts: ['afternoon'],
  wishedTime: '',
  meetingPlace: '',
  consent: 'ja',
  ...overrides,
});

describeEachEngine('conversations along the core questions', (t) => {
  it('records a conversation and, with consent, invites the resident to the volunteer pool', async () => {
    const assistant = t().client();
    await assistant.signIn('buurtassistent.sterrenwijk@wijkportaal.example', DEMO_PASSWORD);
    const form = await assistant.get('/oost/gesprekken/nieuw');
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('Wat wilt u bijdragen?');
    expect(form.body).toContain('Het goede gesprek');
    expect(form.body).toContain('href="/oost/begrippen#kernvragen"');
    const saved = await assistant.post('/oost/gesprekken/nieuw', {
      ...answers,
      coreContribute: 'Samen koken met buren',
      coreTalent: 'Koken',
      name: 'Bewoner Test',
      coreInvite: 'on',
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
      const refused = await assistant.post('/oost/gesprekken/nieuw', { ...answers, coreInvite: 'on', name: 'Bewoner Test' });
      expect(refused.statusCode).toBe(422);
      expect(refused.body).toContain('Vul in wat de bewoner wil bijdragen');
      expect(refused.body).toContain('Weer onder de mensen komen');
    }
    const empty = await assistant.post('/oost/gesprekken/nieuw', { kind: 'question_intake', buurt: 'sterrenwijk' });
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

  it('stores the core questions with a help request at the desk, shows them (audited), and invites only with consent', async () => {
    const coordinator = t().client();
    await coordinator.signIn('coordinator.oost@wijkportaal.example', DEMO_PASSWORD);
    const form = await coordinator.get('/oost/hulp/balie/nieuw');
    expect(form.body).toContain('Het goede gesprek');
    expect(form.body).toContain('name="coreTalent"');
    const invitations = () => t().db.selectFrom('help_pool_invitations').select(['name', 'contribute']).execute();
    const before = await invitations();
    const refused = await coordinator.post('/oost/hulp/balie/nieuw', deskRequest({ coreInvite: 'on' }));
    expect(refused.statusCode).toBe(422);
    expect(refused.body).toContain('Vul in wat de bewoner wil bijdragen');
    expect(await invitations()).toHaveLength(before.length);
    // Without the tick nothing travels, whatever the resident would like to contribute.
    const kept = await coordinator.post(
      '/oost/hulp/balie/nieuw',
      deskRequest({ coreNeed: 'Iemand die meeloopt naar de winkel', coreContribute: 'Voorlezen op de basisschool' }),
    );
    expect(kept.statusCode).toBe(303);
    expect(await invitations()).toHaveLength(before.length);
    const saved = await coordinator.post(
      '/oost/hulp/balie/nieuw',
      deskRequest({
        name: 'Meneer Breien',
        phone: '06 3131 0002',
        street: 'Kastanjelaan 43',
        coreSelf: 'Zelf koken',
        coreTalent: 'Breien',
        coreInvite: 'on',
      }),
    );
    expect(saved.statusCode).toBe(303);
    const after = await invitations();
    expect(after).toHaveLength(before.length + 1);
    expect(after.some((i) => i.name === 'Meneer Breien')).toBe(true);
    const path = (kept.headers.location as string).split('?')[0] as string;
    const assistant = t().client();
    await assistant.signIn('buurtassistent.sterrenwijk@wijkportaal.example', DEMO_PASSWORD);
    const page = await assistant.get(path);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Het goede gesprek');
    expect(page.body).toContain('Iemand die meeloopt naar de winkel');
    expect(page.body).toContain('Voorlezen op de basisschool');
    const stored = await t()
      .db.selectFrom('conversations')
      .select(['id', 'subject_type', 'pool_invitation_id'])
      .where('subject_id', '=', path.split('/').at(-1) ?? '')
      .executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ subject_type: 'help_request', pool_invitation_id: null });
    const reads = await t().db.selectFrom('audit_log').select('subject_id').where('action', '=', 'conversation.read').execute();
    expect(reads.map((r) => r.subject_id)).toContain(stored.id);
  });

  it('stores the core questions with a question written down for a resident, and shows them on its page', async () => {
    const assistant = t().client();
    await assistant.signIn('buurtassistent.sterrenwijk@wijkportaal.example', DEMO_PASSWORD);
    const form = await assistant.get('/oost/vraag-stellen');
    expect(form.body).toContain('Het goede gesprek');
    const asked = await assistant.post('/oost/vraag-stellen', {
      channel: 'phone',
      text: 'Waar kan ik terecht met vragen over mijn huur?',
      name: 'Meneer Kern',
      contactBy: 'phone',
      phone: '06 3131 0003',
      buurt: 'sterrenwijk',
      urgency: 'normal',
      coreAchieve: 'Rust over de huur',
      coreContribute: 'Meehelpen in de buurttuin',
      coreInvite: 'on',
    });
    expect(asked.statusCode).toBe(303);
    const question = await t()
      .db.selectFrom('questions')
      .select('id')
      .where('requester_name', '=', 'Meneer Kern')
      .executeTakeFirstOrThrow();
    const infopunt = t().client();
    await infopunt.signIn('wijkinformatiepunt.oost@wijkportaal.example', DEMO_PASSWORD);
    const page = await infopunt.get(`/oost/vragen/${question.id}`);
    expect(page.body).toContain('Rust over de huur');
    expect(page.body).toContain('De bewoner wil dat een coördinator contact opneemt');
    const invited = await t().db.selectFrom('help_pool_invitations').select('contribute').where('name', '=', 'Meneer Kern').execute();
    expect(invited).toEqual([{ contribute: 'Meehelpen in de buurttuin' }]);
  });

  it('explains the trade words of staff pages with the glossary', async () => {
    const coordinator = t().client();
    await coordinator.signIn('coordinator.oost@wijkportaal.example', DEMO_PASSWORD);
    const pages: [string, string][] = [
      ['/oost/samenwerken/regiegroep', 'regiegroep'],
      ['/oost/samenwerken/knelpunten', 'wijkpactcoordinator'],
      ['/oost/hulp/vrijwilligers', 'vog'],
      ['/oost/hulp/balie/nieuw', 'vog'],
    ];
    for (const [path, term] of pages) {
      const page = await coordinator.get(path);
      expect(page.statusCode, path).toBe(200);
      expect(page.body, path).toContain(`href="/oost/begrippen#${term}"`);
    }
    const glossary = await coordinator.get('/oost/begrippen');
    for (const id of ['vog', 'wijkpact', 'regiegroep']) expect(glossary.body).toContain(`<dfn id="${id}"`);
  });

  it('starts a conversation on its own page as a help intake when asked to', async () => {
    const coordinator = t().client();
    await coordinator.signIn('coordinator.oost@wijkportaal.example', DEMO_PASSWORD);
    const form = await coordinator.get('/oost/gesprekken/nieuw?soort=help_intake');
    expect(form.body).toMatch(/<option value="help_intake" selected>/);
  });

  it('sends a buurt visit to its own form: one way to record it', async () => {
    const assistant = t().client();
    await assistant.signIn('buurtassistent.sterrenwijk@wijkportaal.example', DEMO_PASSWORD);
    const asked = await assistant.get('/oost/gesprekken/nieuw?soort=buurt_visit');
    expect(asked.statusCode).toBe(303);
    expect(asked.headers.location).toBe('/oost/bezoeken/nieuw');
    expect((await assistant.get('/oost/gesprekken/nieuw')).body).not.toContain('value="buurt_visit"');
  });
});
