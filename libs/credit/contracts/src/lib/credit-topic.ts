import { publicTopic } from '@qinqing/shared/contracts-kit';

/** Every public event of the credit context travels on this topic, keyed by record id. */
export const CREDIT_TOPIC = publicTopic('credit', 1);
export const CREDIT_SOURCE = '/qinqing/credit';
