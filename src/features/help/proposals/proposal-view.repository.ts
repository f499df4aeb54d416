import type { DbOrTx } from '../../../platform/db/schema.ts';
import { rulesForRequest } from '../house-rules/rules.access.ts';
import type { HelpRequest } from '../lifecycle/requests.repository.ts';
import { buurtOfDistrict, meetingPlacesOf } from '../shared/places.repository.ts';
import type { ProposalView } from './proposal.views.tsx';

/** What the volunteer sees of a request: the help, the buurt, the meeting place and the house rules. */
export async function proposalViewOf(db: DbOrTx, request: HelpRequest): Promise<ProposalView> {
  const rules = await rulesForRequest(db, request);
  const places = await meetingPlacesOf(db, request.districtId);
  return {
    request,
    buurtName: (await buurtOfDistrict(db, request.districtId, request.buurtId))?.name ?? '',
    meetingPlaceName: places.find((p) => p.id === request.meetingPlaceId)?.name ?? null,
    rules,
  };
}
