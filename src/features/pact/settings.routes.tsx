import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { apiRoute } from '../../platform/api/openapi.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { AppDeps } from '../../platform/feature.ts';
import type { District } from '../../platform/geography/geography.repository.ts';
import { parseForm } from '../../platform/http/forms.ts';
import { requireRole } from '../../platform/http/guards.ts';
import type { PageContext } from '../../platform/http/request-context.ts';
import { Notice, SelectField, TextField, type FormState } from '../../platform/layout/forms.tsx';
import { sendPage, type Page } from '../../platform/layout/render.ts';
import { programmes } from './meetings.rules.ts';
import { Crumbs, Heading, pactBase } from './pact.components.tsx';
import { PactForm } from './pact.forms.tsx';
import { districtOf, noticeOf } from './pact.http.ts';
import { districtParams, idResponse } from './partners.schema.ts';
import { saveSettings, settingsOf } from './settings.repository.ts';

const settingsForm = z.object({ pactName: z.string().trim().min(1).max(150), programme: z.enum(programmes) });

function settingsPage(ctx: PageContext, form: FormState, notice?: string): Page {
  const { t } = ctx;
  const labels = { pactName: t('pact.settings.pactName'), programme: t('pact.settings.programme') };
  return {
    title: t('pact.settings.title'),
    hasErrors: Object.keys(form.errors).length > 0,
    body: (
      <>
        <Crumbs ctx={ctx} trail={[]} />
        <Heading title={t('pact.settings.title')} intro={t('pact.settings.intro')} />
        {notice ? <Notice text={notice} /> : ''}
        <PactForm ctx={ctx} form={form} labels={labels} action={`${pactBase(ctx)}/instellingen`} submit={t('pact.settings.save')}>
          <TextField t={t} form={form} name="pactName" label={labels.pactName} maxlength={150} />
          <SelectField
            t={t}
            form={form}
            name="programme"
            label={labels.programme}
            options={programmes.map((p) => ({ value: p, label: t(`pact.programme.${p}`) }))}
          />
        </PactForm>
      </>
    ),
  };
}

async function store(deps: AppDeps, request: FastifyRequest, district: District, data: z.output<typeof settingsForm>): Promise<void> {
  const at = deps.clock.now().toISOString();
  await deps.database.db.transaction().execute(async (trx) => {
    await saveSettings(trx, district.id, data, at);
    await recordAudit(trx, {
      at,
      actorUserId: request.user?.id ?? null,
      action: 'pact.settings.changed',
      subjectType: 'district',
      subjectId: district.id,
      districtId: district.id,
      details: data,
      requestId: request.id,
    });
  });
}

/** Administrators set each district's pact: its name and whether it follows the wijkpact or Thuis in je Wijk. */
export function settingsRoutes(app: FastifyInstance, deps: AppDeps): void {
  const admin = { preHandler: requireRole('administrator') };
  const render = async (request: FastifyRequest, reply: FastifyReply, form: FormState | null, status = 200) => {
    const current = await settingsOf(deps.database.db, districtOf(request).id);
    const shown = form ?? { values: { pactName: current.pactName ?? '', programme: current.programme }, errors: {} };
    return sendPage(request, reply, (ctx) => settingsPage(ctx, shown, noticeOf(request, ['instellingen-opgeslagen'])), status);
  };
  app.get('/:district/samenwerken/instellingen', admin, async (request, reply) => render(request, reply, null));
  app.post('/:district/samenwerken/instellingen', admin, async (request, reply) => {
    const form = parseForm(settingsForm, request.body);
    if (!form.ok) return render(request, reply, form, 422);
    await store(deps, request, districtOf(request), form.data);
    return reply.redirect(`/${districtOf(request).slug}/samenwerken/instellingen?melding=instellingen-opgeslagen`, 303);
  });
  apiRoute(
    app,
    {
      method: 'put',
      path: '/api/v1/districts/{district}/pact/settings',
      summary: "Set the district's pact name and programme (administrators)",
      tag: 'pact: settings',
      params: districtParams,
      body: settingsForm,
      response: idResponse,
      preHandler: [requireRole('administrator')],
    },
    async ({ body }, request) => {
      await store(deps, request, districtOf(request), body);
      return { id: districtOf(request).id };
    },
  );
}
