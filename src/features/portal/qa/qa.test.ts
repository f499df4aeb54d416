import { expect, it } from 'vitest';
import type { Role } from '../../../platform/auth/roles.rules.ts';
import { openDatabase } from '../../../platform/db/database.ts';
import { createTestUser, TEST_PASSWORD } from '../../../platform/testing/users.ts';
import { describeEachEngine, type TestApp } from '../../../testing/test-app.ts';

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

async function signedIn(t: TestApp, role: Role, district?: string) {
  const email = `${role}.${district ?? 'all'}.${t.engine}.${Math.random().toString(36).slice(2)}@wijk.example`;
  await createTestUser(t.db, { email, name: 'Test', roles: [district === undefined ? { role } : { role, district }] });
  const client = t.client();
  await client.signIn(email, TEST_PASSWORD);
  return client;
}

describeEachEngine('questions and answers and the core message (issue 11.9)', (t) => {
  it('shows a district its own items, and the city’s Thuis in je Wijk items only in those districts', async () => {
    const oost = text((await t().client().get('/oost/vragen-en-antwoorden')).body);
    expect(oost).toContain('Wat kost een klus?');
    expect(oost).not.toContain('Wat is Thuis in je Wijk?');
    const overvecht = text((await t().client().get('/overvecht/vragen-en-antwoorden')).body);
    expect(overvecht).toContain('Thuis in je Wijk, voor heel Utrecht Wat is Thuis in je Wijk?');
    expect(overvecht).toContain('We willen dat iedereen die in Utrecht woont zich thuis voelt');
    const api = (await t().client().get('/api/v1/districts/noordwest/qa')).json<{ question: string; scope: string }[]>();
    expect(api.map((q) => q.scope)).toEqual(['city', 'city', 'city']);
  });

  it('lets a coordinator add one for the district, never for the city or another district; bad input comes back', async () => {
    const oost = await signedIn(t(), 'coordinator', 'oost');
    await oost.get('/oost/vragen-en-antwoorden/nieuw');
    const empty = await oost.post('/oost/vragen-en-antwoorden/nieuw', {
      question: '',
      answer: 'Bij het wijkinformatiepunt.',
      scope: 'district',
    });
    expect(empty.statusCode).toBe(422);
    expect(empty.body).toContain('Bij het wijkinformatiepunt.');
    expect(empty.body).toMatch(/id="field-question"[^>]*aria-invalid="true"/);
    const city = await oost.post('/oost/vragen-en-antwoorden/nieuw', { question: 'Voor de stad?', answer: 'Nee.', scope: 'city' });
    expect(city.statusCode).toBe(403);
    expect(text(city.body)).toContain('Alleen een beheerder van alle wijken');
    const script = await oost.post('/oost/vragen-en-antwoorden/nieuw', {
      question: 'Waar leen ik een ladder?',
      answer: 'Vraag het bij de Repaircafé-vrijwilligers <script>.',
      scope: 'district',
    });
    expect(script.statusCode).toBe(422);
    expect(script.body).toContain('Gebruik gewone tekst, zonder tekens als &lt; en >.');
    expect(script.body).toContain('Waar leen ik een ladder?');
    const added = await oost.post('/oost/vragen-en-antwoorden/nieuw', {
      question: 'Waar leen ik een ladder?',
      answer: 'Vraag het bij de Repaircafé-vrijwilligers.',
      scope: 'district',
    });
    expect(added.statusCode).toBe(303);
    const page = (await t().client().get('/oost/vragen-en-antwoorden')).body;
    expect(page).toContain('Vraag het bij de Repaircafé-vrijwilligers.');

    const overvecht = await signedIn(t(), 'coordinator', 'overvecht');
    await overvecht.get('/overvecht/vragen-en-antwoorden/nieuw');
    expect(
      (
        await overvecht.post('/overvecht/vragen-en-antwoorden/nieuw', {
          question: 'Wie helpt in Overvecht?',
          answer: 'Het buurtteam.',
          scope: 'district',
        })
      ).statusCode,
    ).toBe(303);
    const items = (await t().client().get('/api/v1/districts/overvecht/qa')).json<{ id: string; question: string; scope: string }[]>();
    const theirs = items.find((q) => q.question === 'Wie helpt in Overvecht?')?.id ?? '';
    const cityItem = items.find((q) => q.scope === 'city')?.id ?? '';
    expect((await oost.get(`/overvecht/vragen-en-antwoorden/${theirs}/wijzigen`)).statusCode).toBe(403);
    expect((await oost.post(`/overvecht/vragen-en-antwoorden/${theirs}/verwijderen`, {})).statusCode).toBe(403);
    expect((await overvecht.get(`/overvecht/vragen-en-antwoorden/${cityItem}/wijzigen`)).statusCode).toBe(403);
    const admin = await signedIn(t(), 'administrator');
    expect((await admin.get(`/overvecht/vragen-en-antwoorden/${cityItem}/wijzigen`)).statusCode).toBe(200);
    const audit = await t().db.selectFrom('audit_log').select('action').where('action', 'like', 'portal.qa.%').execute();
    expect(audit.map((a) => a.action)).toEqual(['portal.qa.added', 'portal.qa.added']);
  });

  it('is found by the guide’s search box, on words of the question or the answer', async () => {
    const klus = await t().client().get('/oost/gids?q=klus');
    const extras = text(klus.body.slice(klus.body.indexOf('id="extras-title"')));
    expect(extras).toContain('Vraag en antwoord Wat kost een klus?');
    expect(klus.body).toMatch(/href="\/oost\/vragen-en-antwoorden#qa-[0-9a-f-]+"/);
    const answer = text((await t().client().get('/oost/gids?q=4,50+per+uur')).body);
    expect(answer).toContain('Wat kost een klus?');
    expect(text((await t().client().get('/overvecht/gids?q=kwetsbaarheid')).body)).toContain('Wat is Thuis in je Wijk?');
    expect(text((await t().client().get('/oost/gids?q=kwetsbaarheid')).body)).not.toContain('Wat is Thuis in je Wijk?');
  });

  it('is found by the search at once after another instance changed it', async () => {
    const extrasOf = async (q: string) => {
      const page = await t()
        .client()
        .get(`/oost/gids?q=${encodeURIComponent(q)}`);
      return page.body.includes('id="extras-title"') ? text(page.body.slice(page.body.indexOf('id="extras-title"'))) : '';
    };
    expect(await extrasOf('klus')).toContain('Wat kost een klus?');
    const other = openDatabase(
      t().engine === 'postgres' ? { kind: 'postgres', url: t().databaseUrl } : { kind: 'sqlite', file: t().databaseUrl },
    );
    try {
      await other.db
        .updateTable('portal_qa')
        .set({ question: 'Wat kost een tuinklus?', search_text: ' wat kost een tuinklus zaagsel ' })
        .where('question', '=', 'Wat kost een klus?')
        .execute();
    } finally {
      await other.close();
    }
    expect(await extrasOf('zaagsel')).toContain('Wat kost een tuinklus?');
    expect(await extrasOf('klus')).not.toContain('Wat kost een klus?');
  });
});
