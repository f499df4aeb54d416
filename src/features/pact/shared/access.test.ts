import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../testing/test-app.ts';

describeEachEngine('pact pages ask strangers to sign in, and come back only to a safe address', (t) => {
  it('sends a stranger to sign in and back to the page', async () => {
    const page = await t().client().get('/oost/samenwerken/knelpunten');
    expect(page.statusCode).toBe(303);
    expect(page.headers.location).toBe(`/inloggen?terug=${encodeURIComponent('/oost/samenwerken/knelpunten')}`);
  });

  it('does not carry a very long address along', async () => {
    const page = await t()
      .client()
      .get(`/oost/samenwerken/knelpunten?x=${'a'.repeat(600)}`);
    expect(page.statusCode).toBe(303);
    expect(page.headers.location).toBe('/inloggen');
  });

  it('answers the API with 401 instead', async () => {
    expect((await t().client().json('GET', '/api/v1/districts/oost/pact/bottlenecks')).statusCode).toBe(401);
  });

  it('shows a project to anybody, but takes a change only from someone who may coordinate', async () => {
    const agenda = (await t().client().json('GET', `/api/v1/districts/oost/pact/agendas/${new Date().getUTCFullYear()}`)).json();
    const project = agenda.projects[0];
    const path = `/oost/samenwerken/wijkagenda/${agenda.year}/projecten/${project.id}`;
    const visitor = t().client();
    expect((await visitor.get(path)).statusCode).toBe(200);
    await visitor.get('/oost/samenwerken/partners/aanmelden'); // a page with a form, for its CSRF token
    const sent = await visitor.post(path, { title: 'Anders', challenges: 'a', status: 'running' });
    expect(sent.statusCode).toBe(303);
    expect(sent.headers.location).toContain('/inloggen');
  });
});
