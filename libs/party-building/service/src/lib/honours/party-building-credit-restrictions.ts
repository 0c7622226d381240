import { creditRestrictionsReplica } from '@qinqing/credit/replica';

/**
 * Party building's own copy of credit's restrictions (`party_building_credit_restrictions`), from credit's public
 * events only: an honours recommendation asks it whether the enterprise is restricted for `honours` today.
 */
const replica = creditRestrictionsReplica('party-building');

export const PartyBuildingCreditRestrictionsConsumer = replica.consumer;
export const PartyBuildingCreditRestrictions = replica.lookup;
