import type { SupervisionOrderView } from '@qinqing/appeals/contracts';
import { CLOCK_NAMES, type SubmittedRequest } from '@qinqing/appeals/domain';

type Words = { readonly zh: string; readonly en: string };

export interface OrderLabel {
  /** 1-based, in the order the orders were issued on this request. */
  readonly number: number;
  readonly subject: Words;
  /** "督办单第1号（答复超期）": how staff refer to an order, never by its internal id. */
  readonly name: Words;
}

/**
 * Supervision orders (督办单) as people refer to them: numbered within the request in the order they were
 * issued, named by what raised them (a missed deadline, or the review a poor rating opened).
 */
export const supervisionOrderLabels = (state: SubmittedRequest): ReadonlyMap<string, OrderLabel> =>
  new Map(
    state.orders.map((order, index) => {
      const subject: Words =
        order.origin === 'poor-rating' || order.clock === null
          ? { zh: '差评复核', en: 'review of a poor rating' }
          : {
              zh: `${CLOCK_NAMES[order.clock].zh}超期`,
              en: `${CLOCK_NAMES[order.clock].en} overdue`,
            };
      const number = index + 1;
      return [
        order.orderId,
        {
          number,
          subject,
          name: {
            zh: `督办单第${number}号（${subject.zh}）`,
            en: `supervision order no. ${number} (${subject.en})`,
          },
        },
      ];
    }),
  );

export const supervisionOrderViews = (state: SubmittedRequest): SupervisionOrderView[] => {
  const labels = supervisionOrderLabels(state);
  return state.orders.map((order) => {
    const label = labels.get(order.orderId);
    return {
      orderId: order.orderId,
      number: label?.number ?? 0,
      subject: label?.subject ?? { zh: '', en: '' },
      origin: order.origin,
      clock: order.clock,
      open: order.open,
      issuedOn: order.issuedOn,
    };
  });
};
