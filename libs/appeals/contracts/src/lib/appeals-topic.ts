import { publicTopic } from '@qinqing/shared/contracts-kit';

/** Every public event of the appeals context travels on this topic, keyed by request id. */
export const APPEALS_TOPIC = publicTopic('appeals', 1);
export const APPEALS_SOURCE = '/qinqing/appeals';
