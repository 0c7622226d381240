import { creditRestrictionsReplica } from '@qinqing/credit/replica';

/**
 * The service centre's copy of credit's restrictions (一处失信、处处受限), in `service_centre_credit_restrictions`,
 * from credit's public events only. The policy push (issue 16) asks `ServiceCentreCreditRestrictions.inForce(
 * creditCode, 'policy-benefits', date)` before it offers a benefit, and names the record that withholds it.
 */
const replica = creditRestrictionsReplica('service-centre');

export const ServiceCentreCreditRestrictionsConsumer = replica.consumer;
export const ServiceCentreCreditRestrictions = replica.lookup;
