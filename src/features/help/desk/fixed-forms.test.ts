import { expect, it } from 'vitest';
import type { TestClient } from '../../../platform/testing/client.ts';
import { describeEachEngine } from '../../../testing/test-app.ts';
import { askForm, askOnline, DEMO_PASSWORD, JOOP, proposalPath, requestIdByPhone, signedIn, volunteerIdOf } from '../help.testing.ts';

/** Every `action` of every form on a page. */
const actionsOn = (html: string) => [...html.matchAll(/<form[^>]*\saction="([^"]*)"/g)].map((m) => m[1] ?? '');

/**
 * Sends a form wrong twice in a row: the second time to the address the first answer's form
 * posts to. Both answers are 422 on that same address, and no form on the page posts below it
 * (issue 10: forms posted to `…/klaar/klaar` and `…/netwerkcheck/netwerkcheck` and got 404).
 */
async function wrongTwice(client: TestClient, path: string, wrong: Record<string, string>): Promise<void> {
  const first = await client.post(path, wrong);
  expect(first.statusCode, path).toBe(422);
  const actions = actionsOn(first.body);
  expect(actions, path).toContain(path);
  expect(
    actions.filter((a) => a.startsWith(`${path}/`)),
    path,
  ).toEqual([]);
  const second = await client.post(path, wrong);
  expect(second.statusCode, path).toBe(422);
  expect(actionsOn(second.body), path).toContain(path);
}

describeEachEngine('neighbour help: a form sent wrong comes back on its own address, with the input kept', (t) => {
  it('keeps every step of the desk on its fixed address, however often it is sent wrong', async () => {
    const { client: coordinator } = await signedIn(t(), [{ role: 'coordinator', district: 'oost' }]);
    await coordinator.get('/oost/hulp/balie/nieuw');
    const recorded = await coordinator.post(
      '/oost/hulp/balie/nieuw',
      askForm({ source: 'phone', phone: '06 9999 0001', talent: 'garden', what: 'De heg, tweemaal fout', duration: '60' }),
    );
    const id = /balie\/([\w-]+)\?/.exec(String(recorded.headers.location))?.[1] ?? '';
    const base = `/oost/hulp/balie/${id}`;
    await coordinator.get(base);
    await wrongTwice(coordinator, `${base}/controleren`, { talent: 'koning', frequency: 'once' });
    await wrongTwice(coordinator, `${base}/netwerkcheck`, { answer: '', networkNote: 'Buren zijn op vakantie' });
    await wrongTwice(coordinator, `${base}/afwijzen`, { reason: '', declineNote: 'Twijfel' });
    await wrongTwice(coordinator, `${base}/doorverwijzen`, { referKind: 'students', referTo: '', referNote: 'Via de balie' });
    const kept = await coordinator.post(`${base}/netwerkcheck`, { answer: '', networkNote: 'Buren zijn op vakantie' });
    expect(kept.body).toContain('Buren zijn op vakantie');
    expect((await coordinator.get(`${base}/netwerkcheck`)).headers.location).toBe(base);

    const matched = await t().db.selectFrom('help_requests').select('id').where('status', '=', 'matched').executeTakeFirstOrThrow();
    await coordinator.get(`/oost/hulp/balie/${matched.id}`);
    await wrongTwice(coordinator, `/oost/hulp/balie/${matched.id}/klaar`, { minutes: '' });
  });

  it("keeps the volunteer's report on its fixed address, however often it is sent wrong", async () => {
    await askOnline(t().client(), { phone: '06 9999 0002', street: 'Kastanjelaan 92', what: 'Boodschappen, tweemaal fout gemeld' });
    const id = await requestIdByPhone(t(), '06 9999 0002');
    const { client: coordinator } = await signedIn(t(), [{ role: 'coordinator', district: 'oost' }]);
    await coordinator.get(`/oost/hulp/balie/${id}`);
    await coordinator.post(`/oost/hulp/balie/${id}/controleren`, { talent: 'groceries', frequency: 'once', duration: '60' });
    await coordinator.post(`/oost/hulp/balie/${id}/voorstellen`, { volunteer: await volunteerIdOf(t(), JOOP) });
    const link = await proposalPath(t(), JOOP, 'Boodschappen, tweemaal fout gemeld');
    const volunteer = t().client();
    await volunteer.signIn(JOOP, DEMO_PASSWORD);
    await volunteer.get(link);
    await volunteer.post(link, { answer: 'accept' });
    const service = `/oost/hulp/vrijwilliger/hulpvragen/${id}`;
    await volunteer.get(service);
    await wrongTwice(volunteer, `${service}/klaar`, { minutes: '' });
    await wrongTwice(volunteer, `${service}/klaar`, { minutes: '60', feePaid: 'on' });
    expect((await volunteer.get(`${service}/klaar`)).headers.location).toBe(service);
  });
});
