import { publicTopic } from '@qinqing/shared/contracts-kit';

/** Every public event of the 亲清家园 service-centre context travels on this topic. */
export const SERVICE_CENTRE_TOPIC = publicTopic('service-centre', 1);
export const SERVICE_CENTRE_SOURCE = '/qinqing/service-centre';
