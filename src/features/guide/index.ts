/**
 * The guide's public face. The guide owns organisations, places (meeting places among them)
 * and named contacts; other features reach them only through these functions.
 */
export { guideFeature } from './guide.feature.ts';
export { organizationKinds, type OrganizationKind } from './guide.tables.ts';
export {
  findOrCreateLocation,
  findOrCreateOrganization,
  isMeetingPlaceOf,
  locationNames,
  locationsOfDistrict,
  organizationDetailsOfDistrict,
  organizationNames,
  organizationsOfDistrict,
  placesOfDistrict,
  type PlaceDetails,
} from './directory/organizations.repository.ts';
export {
  addContact,
  contactIdsOfUser,
  contactsOfDistrict,
  findContact,
  findContactOfDistrict,
  type NamedContact,
} from './directory/contacts.repository.ts';
export { contactPointOfDistrict, walkInPointsOfDistrict } from './contact-point/walk-ins.repository.ts';
export { ENTRIES_VERSION as GUIDE_ENTRIES_VERSION } from './model/version.repository.ts';
export { openState, phoneOfPoint, type WalkInPoint } from './contact-point/walk-ins.rules.ts';
export { ContactPerson, WalkInPointDetails } from './contact-point/contact-person.views.tsx';
export { searchQuery } from './search/search.schema.ts';
export { offersByTheme } from './directory/offers-by-theme.repository.ts';
export { placesWithAccess, type PlaceWithAccess } from './directory/place-access.repository.ts';
export { AssessmentView } from './assessments/assessment.views.tsx';
export { assessmentDimensions, passes as assessedGood, scoreLevel } from './assessments/assessment.rules.ts';
export { newOffersOfDistrict } from './directory/new-offers.repository.ts';
export { kioskFrameOf, kioskPath, Shell as KioskShell, type KioskFrame } from './kiosk/kiosk-shell.views.tsx';
export { kioskEntryPath } from './kiosk/kiosk-entry.views.tsx';
