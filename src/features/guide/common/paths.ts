import type { District } from '../../../platform/geography/geography.repository.ts';
import type { EntryType } from '../model/guide.model.ts';

export const guidePath = (district: Pick<District, 'slug'>, rest = '') => `/${district.slug}/gids${rest}`;

/** The buurt pages ("what is in my buurt") sit beside the guide, at /{district}/buurten. */
export const buurtenPath = (district: Pick<District, 'slug'>, buurt?: string) =>
  `/${district.slug}/buurten${buurt === undefined ? '' : `/${buurt}`}`;

/** Where each kind of entry lives under the guide. */
export const segmentOf: Record<EntryType, string> = { organization: 'organisaties', location: 'plekken', service: 'aanbod' };

export const entryPath = (district: Pick<District, 'slug'>, type: EntryType, id: string) =>
  guidePath(district, `/${segmentOf[type]}/${id}`);
