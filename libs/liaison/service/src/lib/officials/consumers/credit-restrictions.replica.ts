import { creditRestrictionsReplica } from '@qinqing/credit/replica';

/**
 * Liaison's copy of credit's restrictions (一处失信、处处受限), in `liaison_credit_restrictions`, from credit's
 * public events only: a new pairing of an enterprise restricted for `key-enterprise-pairing` is refused (409)
 * naming the record, the rule and its source.
 */
const replica = creditRestrictionsReplica('liaison');

export const LiaisonCreditRestrictionsConsumer = replica.consumer;
export const LiaisonCreditRestrictions = replica.lookup;
