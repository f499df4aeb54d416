import { versionsCache } from '../../../platform/cache/versions-cache.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import { GUIDE_ENTRIES_VERSION } from '../../guide/index.ts';
import { networksOfDistrict, type BuurtNetwork } from '../networks/networks.repository.ts';
import { PORTAL_START_VERSION, platformsOfDistrict, type Platform } from '../platforms/platforms.repository.ts';

export interface StartData {
  networks: BuurtNetwork[];
  platforms: Platform[];
}

// The networks name the guide's contact people and the buurten: those versions move it too.
const kept = versionsCache<StartData>([PORTAL_START_VERSION, GUIDE_ENTRIES_VERSION, 'districts']);

/** The buurt networks and platforms on the district's start page, kept per data version. Shared: do not change it. */
export function startDataOfDistrict(db: DbOrTx, districtId: string): Promise<StartData> {
  return kept(db, districtId, async () => ({
    networks: await networksOfDistrict(db, districtId),
    platforms: await platformsOfDistrict(db, districtId),
  }));
}
