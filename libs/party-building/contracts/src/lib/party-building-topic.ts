import { publicTopic } from '@qinqing/shared/contracts-kit';

/** Every public event of the party-building context travels on this topic, keyed by the enterprise’s credit code. */
export const PARTY_BUILDING_TOPIC = publicTopic('party-building', 1);
export const PARTY_BUILDING_SOURCE = '/qinqing/party-building';
