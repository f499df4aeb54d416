/** The accounts feature's public face: sign-in, invitations, people and roles. */
export { accountsFeature } from './accounts.feature.ts';
export { grantRoleOrInvite } from './invitations/invite.actions.ts';
