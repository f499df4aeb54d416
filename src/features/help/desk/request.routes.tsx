import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { actionContext, type ActionContext } from '../../../platform/actions/action.ts';
import type { Outcome } from '../../../platform/actions/outcome.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import type { District } from '../../../platform/geography/geography.repository.ts';
import { formRoute, type FormPage } from '../../../platform/http/form-route.tsx';
import { districtOf, noticeOf, requireRight } from '../../../platform/http/guards.ts';
import type { PageContext } from '../../../platform/http/request-context.ts';
import type { FormState } from '../../../platform/layout/forms.tsx';
import { sendPage } from '../../../platform/layout/render.ts';
import { conversationShownWith } from '../../common-language/index.ts';
import type { HouseRules } from '../house-rules/house-rules.rules.ts';
import { rulesForRequest } from '../house-rules/rules.access.ts';
import { recordRequesterRead } from '../lifecycle/reads.actions.ts';
import { findRequest, type HelpRequest } from '../lifecycle/requests.repository.ts';
import { withdrawByCoordinator } from '../lifecycle/withdraw.actions.ts';
import { takeStep } from '../lifecycle/lifecycle.actions.ts';
import { minutesOf } from '../intake/intake.rules.ts';
import { proposeVolunteer } from '../proposals/proposal.actions.ts';
import { reportDone } from '../volunteers/report.actions.ts';
import { doneForm } from '../volunteers/report.schema.ts';
import { checkRequest, declineMove, heardBackMove, networkMove, referMove } from './desk.actions.ts';
import { coordinatedRequest } from './desk.access.ts';
import { buttonForm, checkForm, declineForm, networkForm, proposeForm, referForm } from './desk.schema.ts';
import { requestPageData } from './request-page.repository.ts';
import { requestPage, type RequestPageState } from './request.views.tsx';
import type { StepFormName } from './step-forms.views.tsx';

type IdRequest = FastifyRequest<{ Params: { district: string; id: string } }>;

interface DeskSubject {
  district: District;
  help: HelpRequest;
  rules: HouseRules;
}

/** A step the coordinator takes on a request: its path segment, its form, and the action it calls. */
interface DeskStep {
  /** Also the notice afterwards: `help.notice.<segment>`. */
  segment: string;
  schema: z.ZodType;
  /** The form on the page whose fields show the problems; none for a button. */
  form?: StepFormName;
  /** The step's refusals show in its form (its error summary), not at the top of the page. */
  refusalInForm?: true;
  act(ctx: ActionContext, subject: DeskSubject, data: unknown): Promise<Outcome<unknown>>;
}

function defineStep<S extends z.ZodType>(
  def: Omit<DeskStep, 'schema' | 'act'> & {
    schema: S;
    act(ctx: ActionContext, subject: DeskSubject, data: z.output<S>): Promise<Outcome<unknown>>;
  },
): DeskStep {
  // The data was parsed with this very schema by the form route.
  return { ...def, act: (ctx, subject, data) => def.act(ctx, subject, data as z.output<S>) };
}

const button = (segment: string, act: DeskStep['act']) => defineStep({ segment, schema: buttonForm, act });

/** The coordinator's steps, by the path segment their form posts to. */
const desk: readonly DeskStep[] = [
  defineStep({
    segment: 'controleren',
    schema: checkForm,
    form: 'check',
    refusalInForm: true,
    act: (ctx, { help, rules }, d) =>
      checkRequest(ctx, help, rules, { ...d, estimatedMinutes: minutesOf(d.duration, rules), meetingPlaceId: d.meetingPlace }),
  }),
  defineStep({
    segment: 'netwerkcheck',
    schema: networkForm,
    form: 'network',
    act: (ctx, { help }, d) => takeStep(ctx, networkMove(help, d, ctx.now)),
  }),
  defineStep({
    segment: 'voorstellen',
    schema: proposeForm,
    act: (ctx, { district, help, rules }, d) => proposeVolunteer(ctx, district, help, rules, d.volunteer),
  }),
  defineStep({ segment: 'afwijzen', schema: declineForm, form: 'decline', act: (ctx, { help }, d) => takeStep(ctx, declineMove(help, d)) }),
  defineStep({ segment: 'doorverwijzen', schema: referForm, form: 'refer', act: (ctx, { help }, d) => takeStep(ctx, referMove(help, d)) }),
  defineStep({
    segment: 'klaar',
    schema: doneForm,
    form: 'done',
    refusalInForm: true,
    act: (ctx, { help, rules }, d) => reportDone(ctx, help, rules, d),
  }),
  button('betaald', (ctx, { help }) => takeStep(ctx, { request: help, action: 'feePaid', set: { fee_paid: 1 } })),
  button('teruggekoppeld', (ctx, { help }) => takeStep(ctx, heardBackMove(help, ctx.now))),
  button('sluiten', (ctx, { help }) => takeStep(ctx, { request: help, action: 'close' })),
  button('intrekken', (ctx, { help, rules }) => withdrawByCoordinator(ctx, help, rules)),
];

/** Where a step's problems show: in its form, or (a refusal of the step itself) at the top of the page. */
function stateOf(step: DeskStep, form: FormState): RequestPageState {
  const forms = (state: FormState) => (step.form === undefined ? {} : { [step.form]: state });
  if (step.refusalInForm === true) return { forms: forms(form), refusal: null, notice: undefined };
  const { _form: top, ...fields } = form.errors;
  const refusal = top ?? (step.form === undefined ? Object.values(fields)[0] : undefined);
  return { forms: forms({ values: form.values, errors: fields }), refusal: refusal?.code ?? null, notice: undefined };
}

/**
 * One request at the desk: its page, and every step the coordinator takes on it. Each step's
 * form posts to its own fixed address (`…/balie/:id/netwerkcheck`); a problem shows the
 * request page again on that address, with what was typed kept.
 */
export function requestRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;
  const coordinator = requireRight('help.desk');

  async function load(request: FastifyRequest): Promise<DeskSubject> {
    const help = await coordinatedRequest(db, request, (request as IdRequest).params.id);
    return { district: districtOf(request), help, rules: await rulesForRequest(db, help) };
  }

  /** The page as it is now (after a refused step too); showing the requester's details is on the audit log. */
  async function show(request: FastifyRequest, subject: DeskSubject) {
    const help = (await findRequest(db, subject.help.id)) ?? subject.help;
    const data = await requestPageData(db, help, subject.rules, deps.clock.now());
    await recordRequesterRead(actionContext(request, deps), help);
    const conversation = await conversationShownWith(actionContext(request, deps), { type: 'help_request', id: help.id });
    return (ctx: PageContext, state: RequestPageState) => requestPage(ctx, { ...data, conversation }, state);
  }

  const pathOf = ({ district, help }: DeskSubject) => `/${district.slug}/hulp/balie/${help.id}`;

  app.get('/:district/hulp/balie/:id', { preHandler: coordinator }, async (request, reply) => {
    const page = await show(request, await load(request));
    const notice = noticeOf(request, 'help.notice', [...desk.map((s) => s.segment), 'opgenomen']);
    return sendPage(request, reply, (ctx) => page(ctx, { forms: {}, refusal: null, notice }));
  });

  for (const step of desk) {
    formRoute(app, {
      path: `/:district/hulp/balie/:id/${step.segment}`,
      preHandler: coordinator,
      load,
      page: async (request, subject): Promise<FormPage> => {
        const page = await show(request, subject);
        return (ctx, form) => page(ctx, stateOf(step, form));
      },
      schema: step.schema,
      act: (request, subject, data) => step.act(actionContext(request, deps), subject, data),
      done: (_request, subject) => `${pathOf(subject)}?melding=${step.segment}`,
      shownOn: (_request, subject) => pathOf(subject),
    });
  }
}
