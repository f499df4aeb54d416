import type { FastifyInstance, FastifyRequest } from 'fastify';
import { localDay } from '../../../platform/clock.ts';
import { actionContext } from '../../../platform/actions/action.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import { findBuurt, listBuurten, type Buurt } from '../../../platform/geography/geography.repository.ts';
import { formRoute } from '../../../platform/http/form-route.tsx';
import type { FormValues } from '../../../platform/http/forms.ts';
import { districtOf, noticeOf, requireRole, userOf } from '../../../platform/http/guards.ts';
import { rulesOr404 } from '../house-rules/rules.access.ts';
import { daysIn, partsIn, slotsOf } from '../shared/time.rules.ts';
import { vogState } from '../shared/vog.rules.ts';
import { saveProfile } from './profile.actions.ts';
import { profileForm } from './profile.schema.ts';
import { profilePage } from './profile.views.tsx';
import { findVolunteerOfUser, type Volunteer } from './volunteers.repository.ts';

function profileValues(v: Volunteer | undefined, buurten: Buurt[]): FormValues {
  if (v === undefined) return { reach: 'buurt', active: 'on' };
  return {
    buurt: buurten.find((b) => b.id === v.buurtId)?.slug ?? '',
    street: v.street,
    talents: v.talents.join(','),
    talentNote: v.talentNote,
    days: daysIn(v.availability).join(','),
    parts: partsIn(v.availability).join(','),
    reach: v.reach,
    active: v.active ? 'on' : '',
  };
}

/** The volunteer's own profile: talents, time, where they live and how far they go. */
export function profileRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;

  async function load(request: FastifyRequest) {
    const district = districtOf(request);
    const own = await findVolunteerOfUser(db, district.id, userOf(request).id);
    return { district, own, buurten: await listBuurten(db, district.id), rules: await rulesOr404(db, district.id) };
  }

  formRoute(app, {
    path: '/:district/hulp/vrijwilliger/profiel',
    preHandler: requireRole('volunteer'),
    load,
    defaults: (_request, { own, buurten }) => profileValues(own, buurten),
    page: (request, { own, buurten, rules }) => {
      const notice = noticeOf(request, 'help.profile.notice', ['opgeslagen']);
      const vog = own === undefined ? null : vogState(own, rules.vogValidMonths ?? null, localDay(deps.clock.now()));
      const data = { buurten, rules, notice, vog };
      return (ctx, form) => profilePage(ctx, form, data);
    },
    schema: profileForm,
    act: async (request, { district }, data) => {
      const buurt = await findBuurt(db, district.id, data.buurt);
      const profile = {
        ...data,
        buurtId: buurt?.id ?? '',
        talentNote: data.talentNote ?? '',
        availability: slotsOf(data.days, data.parts),
      };
      return saveProfile(actionContext(request, deps), district, userOf(request).id, profile);
    },
    done: (_request, { district }) => `/${district.slug}/hulp/vrijwilliger/profiel?melding=opgeslagen`,
  });
}
