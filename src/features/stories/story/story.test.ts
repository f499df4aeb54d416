import { DOMParser } from '@xmldom/xmldom';
import { expect, it } from 'vitest';
import { createTestUser, TEST_PASSWORD, type TestRole } from '../../../platform/testing/users.ts';
import { describeEachEngine } from '../../../testing/test-app.ts';

describeEachEngine('news and stories', (t) => {
  async function signedIn(roles: TestRole[]) {
    const email = `st${Math.random().toString(36).slice(2, 8)}@wijk.example`;
    await createTestUser(t().db, { email, name: 'Schrijver (test)', roles });
    const client = t().client();
    await client.signIn(email, TEST_PASSWORD);
    return client;
  }

  const story = {
    title: 'Onze straat',
    body: 'Wij hebben samen de straat schoongemaakt.',
    themes: ['meeting', 'buurt'],
    name: 'Marie Testbewoner',
    email: 'marie@bewoner.example',
  };

  it('moderates: a story sent in waits, an editor edits and publishes it, the name only with consent', async () => {
    const resident = t().client();
    await resident.get('/oost/verhalen/insturen');
    const sent = await resident.post('/oost/verhalen/insturen', story);
    expect(sent.headers.location).toBe('/oost/verhalen?melding=ingestuurd');
    const row = await t()
      .db.selectFrom('stories')
      .select(['id', 'status', 'themes'])
      .where('title', '=', 'Onze straat')
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'submitted', themes: 'meeting,buurt' });
    expect((await t().client().get(`/oost/verhalen/${row.id}`)).statusCode).toBe(404);
    expect((await t().client().get('/oost/verhalen')).body).not.toContain('Onze straat');

    const editor = await signedIn([{ role: 'editor', district: 'oost' }]);
    expect((await editor.get('/oost/verhalen/redactie')).body).toContain('Onze straat');
    await editor.get(`/oost/verhalen/${row.id}/bewerken`);
    const published = await editor.post(`/oost/verhalen/${row.id}/bewerken`, { ...story, title: 'Onze schone straat', publish: 'publish' });
    expect(published.headers.location).toBe(`/oost/verhalen/${row.id}?melding=gepubliceerd`);
    const page = (await t().client().get(`/oost/verhalen/${row.id}`)).body;
    expect(page).toContain('Onze schone straat');
    expect(page).not.toContain('Marie Testbewoner');
    expect(page).toContain('Een bewoner');
    expect(page).not.toContain('marie@bewoner.example');
  });

  it('an editor of Oost cannot edit or publish in Overvecht', async () => {
    const resident = t().client();
    await resident.get('/overvecht/verhalen/insturen');
    await resident.post('/overvecht/verhalen/insturen', { ...story, title: 'Verhaal uit Overvecht' });
    const row = await t().db.selectFrom('stories').select('id').where('title', '=', 'Verhaal uit Overvecht').executeTakeFirstOrThrow();
    const editor = await signedIn([{ role: 'editor', district: 'oost' }]);
    expect((await editor.get('/overvecht/verhalen/redactie')).statusCode).toBe(403);
    await editor.get('/oost/verhalen/redactie');
    expect((await editor.post(`/overvecht/verhalen/${row.id}/bewerken`, { ...story, publish: 'publish' })).statusCode).toBe(403);
    expect((await editor.post(`/oost/verhalen/${row.id}/bewerken`, { ...story, publish: 'publish' })).statusCode).toBe(404);
    expect((await t().db.selectFrom('stories').select('status').where('id', '=', row.id).executeTakeFirstOrThrow()).status).toBe(
      'submitted',
    );
  });

  it('lets partners publish news at once, and refuses bad input without storing it', async () => {
    const partner = await signedIn([{ role: 'partner_contact', district: 'oost' }]);
    await partner.get('/oost/verhalen/nieuws');
    const news = await partner.post('/oost/verhalen/nieuws', { title: 'Nieuws van de partner', body: 'De buurtkamer is open.' });
    expect(news.statusCode).toBe(303);
    expect((await t().client().get('/oost/verhalen')).body).toContain('Nieuws van de partner');
    expect((await (await signedIn([{ role: 'resident', district: 'oost' }])).get('/oost/verhalen/nieuws')).statusCode).toBe(403);

    const resident = t().client();
    await resident.get('/oost/verhalen/insturen');
    const before = (await t().db.selectFrom('stories').select('id').execute()).length;
    const empty = await resident.post('/oost/verhalen/insturen', { ...story, body: '', themes: ['<script>'] });
    expect(empty.statusCode).toBe(422);
    expect(empty.body).toContain('Schrijf uw verhaal.');
    expect(empty.body).toContain('value="Onze straat"');
    expect((await t().db.selectFrom('stories').select('id').execute()).length).toBe(before);
  });

  it('publishes a well-formed Atom feed without the names of those who did not agree', async () => {
    const response = await t().client().get('/oost/verhalen/atom.xml');
    expect(response.headers['content-type']).toContain('application/atom+xml');
    const problems: string[] = [];
    const xml = new DOMParser({ onError: (level, message) => problems.push(`${level}: ${message}`) }).parseFromString(
      response.body,
      'application/xml',
    );
    expect(problems).toEqual([]);
    expect(xml.documentElement?.namespaceURI).toBe('http://www.w3.org/2005/Atom');
    const entries = Array.from(xml.getElementsByTagName('entry'));
    expect(entries.length).toBeGreaterThanOrEqual(11);
    const titles = entries.map((e) => e.getElementsByTagName('title')[0]?.textContent);
    expect(titles).toContain('Demoverhaal: koffie op het plein');
    expect(titles).not.toContain('Demoverhaal (wacht op de redactie): buren helpen buren');
    expect(response.body).not.toContain('Bewoner Oudwijk (demo)');
    expect(response.body).toContain('Bewoner Schildersbuurt (demo)');
  });

  it('answers the JSON API with published stories only, the name only with consent', async () => {
    const list = await t().client().json('GET', '/api/v1/districts/oost/stories');
    expect(list.statusCode).toBe(200);
    const body = list.json<{ total: number; stories: { id: string; title: string; author: string | null }[] }>();
    expect(body.total).toBeGreaterThanOrEqual(11);
    const titles = body.stories.map((s) => s.title);
    expect(titles).toContain('Demoverhaal: koffie op het plein');
    expect(titles).not.toContain('Demoverhaal (wacht op de redactie): buren helpen buren');
    expect(list.body).not.toContain('Bewoner Oudwijk (demo)');
    const first = body.stories[0];
    const one = await t()
      .client()
      .json('GET', `/api/v1/districts/oost/stories/${first?.id ?? ''}`);
    expect(one.json()).toMatchObject({ id: first?.id, title: first?.title, body: expect.any(String) as string });
    const waiting = await t().db.selectFrom('stories').select('id').where('status', '=', 'submitted').executeTakeFirstOrThrow();
    expect((await t().client().json('GET', `/api/v1/districts/oost/stories/${waiting.id}`)).statusCode).toBe(404);
    expect(
      (
        await t()
          .client()
          .json('GET', `/api/v1/districts/overvecht/stories/${first?.id ?? ''}`)
      ).statusCode,
    ).toBe(404);
  });
});
