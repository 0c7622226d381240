import type {
  KioskEventPage,
  MyRegistrationPage,
  RegistrationAnswer,
} from '@qinqing/service-centre/contracts';
import { call } from './kioskApi';

/** The service centre's event endpoints the kiosk uses: the identified enterprise's own registrations only. */
export const eventsApi = {
  upcoming: () => call<KioskEventPage>('GET', '/service-centre/kiosk/events?limit=20'),
  mine: () => call<MyRegistrationPage>('GET', '/service-centre/kiosk/my-registrations?limit=20'),
  register: (eventId: string) =>
    call<RegistrationAnswer>('POST', `/service-centre/kiosk/events/${eventId}/registration`),
  withdraw: (eventId: string) =>
    call<unknown>('DELETE', `/service-centre/kiosk/events/${eventId}/registration`),
  checkIn: (eventId: string) => call<unknown>('POST', `/service-centre/kiosk/events/${eventId}/check-in`),
  feedback: (eventId: string, rating: number, comment: string) =>
    call<unknown>('POST', `/service-centre/kiosk/events/${eventId}/feedback`, {
      rating,
      comment: comment.trim() === '' ? null : comment,
    }),
};
