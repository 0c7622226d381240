import type { QueueSetupState } from './queue-setup.state';

/** A centre with two services and three counters, for the queue's unit and property tests. */
export const TEST_SETUP: QueueSetupState = {
  services: [
    { serviceId: 'filing', name: { zh: '诉求提交', en: 'Filing a request' }, prefix: 'A', active: true },
    { serviceId: 'policy', name: { zh: '政策咨询', en: 'Policy consultation' }, prefix: 'B', active: true },
  ],
  counters: [
    { counterId: 'c1', name: { zh: '1号窗口', en: 'Counter 1' }, serviceIds: ['filing'], open: true },
    {
      counterId: 'c2',
      name: { zh: '2号窗口', en: 'Counter 2' },
      serviceIds: ['filing', 'policy'],
      open: true,
    },
    { counterId: 'c3', name: { zh: '3号窗口', en: 'Counter 3' }, serviceIds: ['policy'], open: true },
    { counterId: 'c9', name: { zh: '9号窗口', en: 'Counter 9' }, serviceIds: ['policy'], open: false },
  ],
  area: { level: 'district', areaCode: '330203' },
};
