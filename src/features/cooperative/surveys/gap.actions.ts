import type { ActionContext } from '../../../platform/actions/action.ts';
import type { Buurt, District } from '../../../platform/geography/geography.repository.ts';
import { offersByTheme } from '../../guide/index.ts';
import { helpAskedInBuurt, volunteerTalentsInBuurt } from '../../help/index.ts';
import { computeGap, type Gap } from './gap.rules.ts';
import { needCounts } from './surveys.rules.ts';
import { surveyedNeedsInBuurt } from './surveys.repository.ts';

/**
 * Needs against supply in one buurt: survey answers and help requests (refused and unmatched
 * ones too) against active volunteers' talents and the guide's offers. Only counts leave
 * here, never who asked or who offers, so reading it needs no audit line.
 */
export async function gapOf(ctx: ActionContext, district: District, buurt: Buurt): Promise<Gap> {
  const db = ctx.deps.database.db;
  const [surveyed, requests, volunteers, offers] = await Promise.all([
    surveyedNeedsInBuurt(db, district.id, buurt.id),
    helpAskedInBuurt(db, district.id, buurt.id),
    volunteerTalentsInBuurt(db, district.id, buurt.id),
    offersByTheme(db, district.id, buurt.id),
  ]);
  return computeGap({ surveyed: needCounts(surveyed), requests, volunteers, offers });
}
