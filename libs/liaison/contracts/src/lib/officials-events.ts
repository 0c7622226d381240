import { defineIntegrationEvent } from '@qinqing/shared/contracts-kit';
import { z } from 'zod';
import { LIAISON_SOURCE, LIAISON_TOPIC } from './liaison-topic';

const date = z.iso.date();
const creditCode = z.string().length(18);

/**
 * An official raised a problem on a visit (走访发现问题). Appeals turns it into an enterprise request with
 * channel `liaison-visit`, the official's unit as first receiver, and the id `liaisonVisitRequestId(problemId)` (the problem's UUID)
 * — so a redelivery opens nothing twice and liaison finds the problem again in appeals' events.
 * The contact is the enterprise's own contact person who will be answered (the request needs one); nothing
 * about the official leaves liaison here but their unit.
 */
export const VisitProblemRaisedV1 = defineIntegrationEvent({
  type: 'cn.qinqing.liaison.visit-problem.raised.v1',
  version: 1,
  topic: LIAISON_TOPIC,
  source: LIAISON_SOURCE,
  schema: z.object({
    problemId: z.uuid(),
    visitId: z.string().min(1),
    pairingId: z.string().min(1),
    enterpriseCreditCode: creditCode,
    enterpriseName: z.string().min(1),
    officialUnitId: z.string().min(1),
    title: z.string().min(1),
    description: z.string().min(1),
    raisedOn: date,
    contact: z.object({ name: z.string().min(1), phone: z.string().regex(/^1\d{10}$/u) }),
  }),
});

/** An official and an enterprise were paired (结对联系): public, as the kiosk shows an enterprise its official. */
export const PairingStartedV1 = defineIntegrationEvent({
  type: 'cn.qinqing.liaison.pairing.started.v1',
  version: 1,
  topic: LIAISON_TOPIC,
  source: LIAISON_SOURCE,
  schema: z.object({
    pairingId: z.string().min(1),
    officialId: z.string().min(1),
    officialUnitId: z.string().min(1),
    enterpriseCreditCode: creditCode,
    enterpriseName: z.string().min(1),
    category: z.enum(['key-backbone', 'four-new', 'high-growth', 'temporarily-struggling']),
    startDate: date,
  }),
});

export const PairingEndedV1 = defineIntegrationEvent({
  type: 'cn.qinqing.liaison.pairing.ended.v1',
  version: 1,
  topic: LIAISON_TOPIC,
  source: LIAISON_SOURCE,
  schema: z.object({
    pairingId: z.string().min(1),
    officialId: z.string().min(1),
    enterpriseCreditCode: creditCode,
    endDate: date,
  }),
});

/**
 * The id appeals gives the request it opens for a visit problem: the problem's own id (a UUID, as appeals' request
 * ids are) — one problem, one request, whatever the retries, and liaison knows its request without a lookup.
 */
export const liaisonVisitRequestId = (problemId: string): string => problemId;

export const LIAISON_OFFICIALS_PUBLIC_EVENTS = [
  VisitProblemRaisedV1,
  PairingStartedV1,
  PairingEndedV1,
] as const;
