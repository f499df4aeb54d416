/** Subscriptions to the digest, and the one-click way out of every recurring mail. */
export { subscriptionsFeature } from './subscriptions.feature.ts';
