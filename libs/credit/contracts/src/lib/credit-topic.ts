import { publicTopic } from '@qinqing/shared/contracts-kit';

/** Every public event of the credit context travels on this topic, keyed by the document number (文书号) of the record. */
export const CREDIT_TOPIC = publicTopic('credit', 1);
export const CREDIT_SOURCE = '/qinqing/credit';
