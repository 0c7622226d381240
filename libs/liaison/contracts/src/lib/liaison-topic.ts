import { publicTopic } from '@qinqing/shared/contracts-kit';

/** Every public event of the liaison context travels on this topic, keyed by enterprise id. */
export const LIAISON_TOPIC = publicTopic('liaison', 1);
export const LIAISON_SOURCE = '/qinqing/liaison';
