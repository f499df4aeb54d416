import type { StartSection } from '../../../platform/feature.ts';
import { contactPointOfDistrict } from '../../guide/index.ts';
import { networksOfDistrict } from './networks.repository.ts';
import { BuurtNetworkSection } from './networks.views.tsx';

/** On a buurt's page: its own network and buurt assistant (issue 10.6: each buurt names its own). */
export const networkSection: StartSection = {
  slot: 'neighbourhood',
  async render({ db, ctx, district, buurt, where }) {
    if (where !== 'buurt' || buurt === null) return '';
    const network = (await networksOfDistrict(db, district.id)).find((n) => n.buurtId === buurt.id);
    if (network === undefined) return '';
    const point = await contactPointOfDistrict(db, district.id);
    return <BuurtNetworkSection ctx={ctx} network={network} point={point} />;
  },
};
