import { expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../../platform/auth/demo.ts';
import { describeEachEngine } from '../../../testing/test-app.ts';

const ASSISTANT = 'buurtassistent.sterrenwijk@wijkportaal.example';

/** A visit as the form sends it: a day before the test clock's today (2026-11-23). */
const visit = (overrides: Record<string, string> = {}) => ({
  visitedOn: '2026-11-22',
  place: 'home',
  walkIn: '',
  buurt: 'sterrenwijk',
  name: '',
  email: '',
  phone: '',
  coreKnow: '',
  coreAchieve: 'Weer onder de mensen komen',
  coreNeed: '',
  coreSelf: '',
  coreContribute: '',
  coreTalent: '',
  agreed: 'Samen naar de koffieochtend',
  nextStep: 'Opnieuw langsgaan',
  nextStepOn: '2026-11-29',
  ...overrides,
});

describeEachEngine('a buurt assistant visit on a form of its own', (t) => {
  const signedIn = async (email: string) => {
    const client = t().client();
    await client.signIn(email, DEMO_PASSWORD);
    return client;
  };
  const stored = (id: string) => t().db.selectFrom('conversations').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const idOf = (location: unknown) => String(location).split('?')[0]?.split('/').at(-1) ?? '';

  it('records a visit, refuses it wrong twice with the input kept, and lists it first', async () => {
    const assistant = await signedIn(ASSISTANT);
    const home = await assistant.get('/oost');
    expect(home.body).toContain('href="/oost/bezoeken"');
    const form = await assistant.get('/oost/bezoeken/nieuw');
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('Het goede gesprek');
    expect(form.body).toContain('value="sterrenwijk"');
    expect(form.body).not.toContain('value="oudwijk"');
    const future = await assistant.post('/oost/bezoeken/nieuw', visit({ visitedOn: '2026-12-01', name: 'Bewoner Voorbeeld' }));
    expect(future.statusCode).toBe(422);
    expect(future.body).toContain('niet in de toekomst');
    expect(future.body).toContain('Vink aan dat de bewoner het goed vindt');
    expect(future.body).toContain('Bewoner Voorbeeld');
    const walkIn = await assistant.post('/oost/bezoeken/nieuw', visit({ place: 'walk_in', nextStepOn: '' }));
    expect(walkIn.statusCode).toBe(422);
    expect(walkIn.body).toContain('Kies het inlooppunt');
    expect(walkIn.body).toContain('Vul de datum van de volgende stap in');
    expect(walkIn.body).toContain('Samen naar de koffieochtend');
    const saved = await assistant.post('/oost/bezoeken/nieuw', visit({ consent: 'on', name: 'Bewoner Voorbeeld', phone: '06 0000 0042' }));
    expect(saved.statusCode).toBe(303);
    const page = await assistant.get(saved.headers.location as string);
    expect(page.body).toContain('Bewoner Voorbeeld');
    expect(page.body).toContain('Opnieuw langsgaan');
    expect(page.body).toContain('Weer onder de mensen komen');
    const row = await stored(idOf(saved.headers.location));
    expect(row).toMatchObject({
      kind: 'buurt_visit',
      visited_on: '2026-11-22',
      resident_phone: '06 0000 0042',
      next_step_on: '2026-11-29',
    });
    const list = await assistant.get('/oost/bezoeken');
    expect(list.statusCode).toBe(200);
    expect(list.body.indexOf(idOf(saved.headers.location))).toBeGreaterThan(-1);
    // The demo's visit whose next step has passed is marked.
    expect(list.body).toContain('Nu doen');
    expect(list.body).not.toContain('Bewoner Voorbeeld');
  });

  it('stores nothing personal without consent, and invites to the pool only with it', async () => {
    const assistant = await signedIn(ASSISTANT);
    await assistant.get('/oost/bezoeken/nieuw');
    const anonymous = await assistant.post('/oost/bezoeken/nieuw', visit({ nextStep: '', nextStepOn: '' }));
    expect(anonymous.statusCode).toBe(303);
    expect(await stored(idOf(anonymous.headers.location))).toMatchObject({
      resident_name: null,
      resident_email: null,
      resident_phone: null,
      next_step: null,
    });
    const noConsent = await assistant.post('/oost/bezoeken/nieuw', visit({ coreTalent: 'Tuinieren', coreInvite: 'on' }));
    expect(noConsent.statusCode).toBe(422);
    expect(noConsent.body).toContain('moet de bewoner het goed vinden');
    const invited = await assistant.post(
      '/oost/bezoeken/nieuw',
      visit({ coreTalent: 'Tuinieren', coreInvite: 'on', consent: 'on', name: 'Tuinier Voorbeeld', email: 'tuinier@wijk.example' }),
    );
    expect(invited.statusCode).toBe(303);
    const pool = await t().db.selectFrom('help_pool_invitations').select('talent').where('name', '=', 'Tuinier Voorbeeld').execute();
    expect(pool).toEqual([{ talent: 'Tuinieren' }]);
  });

  it('keeps a buurt assistant to their buurt and district, and audits a colleague reading', async () => {
    const assistant = await signedIn(ASSISTANT);
    await assistant.get('/oost/bezoeken/nieuw');
    const elsewhere = await assistant.post('/oost/bezoeken/nieuw', visit({ buurt: 'oudwijk' }));
    expect(elsewhere.statusCode).toBe(403);
    expect(elsewhere.body).toContain('in uw eigen buurt');
    expect((await assistant.get('/overvecht/bezoeken')).statusCode).toBe(403);
    expect((await assistant.get('/overvecht/bezoeken/nieuw')).statusCode).toBe(403);

    const coordinator = await signedIn('coordinator.oost@wijkportaal.example');
    const form = await coordinator.get('/oost/bezoeken/nieuw');
    expect(form.body).toContain('value="oudwijk"');
    const oudwijk = await coordinator.post('/oost/bezoeken/nieuw', visit({ buurt: 'oudwijk', agreed: 'Bezoek in Oudwijk' }));
    expect(oudwijk.statusCode).toBe(303);
    const oudwijkPath = String(oudwijk.headers.location).split('?')[0] as string;
    expect((await assistant.get(oudwijkPath)).statusCode).toBe(403);
    expect((await assistant.get('/oost/bezoeken')).body).not.toContain(idOf(oudwijkPath));
    expect((await coordinator.get('/oost/bezoeken')).body).toContain(idOf(oudwijkPath));

    const other = await signedIn('coordinator.overvecht@wijkportaal.example');
    await other.get('/overvecht/bezoeken/nieuw');
    const there = await other.post('/overvecht/bezoeken/nieuw', visit({ buurt: 'overvecht-noord' }));
    expect(there.statusCode).toBe(303);
    expect((await assistant.get(`/oost/gesprekken/${idOf(there.headers.location)}`)).statusCode).toBe(404);
    expect((await other.get(oudwijkPath)).statusCode).toBe(403);

    const mine = await assistant.post('/oost/bezoeken/nieuw', visit({ consent: 'on', name: 'Bewoner Voorbeeld' }));
    const minePath = String(mine.headers.location).split('?')[0] as string;
    expect((await coordinator.get(minePath)).body).toContain('Bewoner Voorbeeld');
    const reads = await t().db.selectFrom('audit_log').select('subject_id').where('action', '=', 'conversation.read').execute();
    expect(reads.map((r) => r.subject_id)).toContain(idOf(minePath));
  });
});
