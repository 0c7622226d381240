import { defineIntegrationEvent } from '@qinqing/shared/contracts-kit';
import { z } from 'zod';
import { LIAISON_SOURCE, LIAISON_TOPIC } from './liaison-topic';

const date = z.iso.date();
const creditCode = z.string().length(18);

const mobile = z.string().regex(/^1\d{10}$/u);

/**
 * What a sealed contact holds once opened: the enterprise's own contact person who will be answered (the request
 * appeals opens needs one, and its department calls them back).
 */
export const problemContactSchema = z.object({ name: z.string().min(1), phone: mobile });
export type ProblemContact = z.infer<typeof problemContactSchema>;

/**
 * The purpose a problem's contact is sealed for (FieldSeal, AES-256-GCM keyed from the platform's shared secret):
 * the contact crosses the public topic to appeals without being readable by anyone else who reads the topic.
 */
export const PROBLEM_CONTACT_SEAL_PURPOSE = 'qinqing.liaison.problem-contact.v1';

const visitProblemFields = {
  problemId: z.uuid(),
  visitId: z.string().min(1),
  pairingId: z.string().min(1),
  enterpriseCreditCode: creditCode,
  enterpriseName: z.string().min(1),
  officialUnitId: z.string().min(1),
  title: z.string().min(1),
  description: z.string().min(1),
  raisedOn: date,
};

/**
 * An official raised a problem on a visit (走访发现问题). Appeals turns it into an enterprise request with
 * channel `liaison-visit`, the official's unit as first receiver, and the id `liaisonVisitRequestId(problemId)` (the problem's UUID)
 * — so a redelivery opens nothing twice and liaison finds the problem again in appeals' events.
 * The enterprise contact to be answered travels sealed (`sealedContact`, purpose `PROBLEM_CONTACT_SEAL_PURPOSE`):
 * only the platform's services open it, and nothing about the official leaves liaison here but their unit.
 */
export const VisitProblemRaisedV2 = defineIntegrationEvent({
  type: 'cn.qinqing.liaison.visit-problem.raised.v2',
  version: 2,
  topic: LIAISON_TOPIC,
  source: LIAISON_SOURCE,
  schema: z.object({ ...visitProblemFields, sealedContact: z.string().min(1) }),
});

/**
 * Retired: v1 carried the contact's name and mobile in clear on the public topic. No longer published; appeals
 * still reads the v1 messages already on the topic.
 */
export const VisitProblemRaisedV1 = defineIntegrationEvent({
  type: 'cn.qinqing.liaison.visit-problem.raised.v1',
  version: 1,
  topic: LIAISON_TOPIC,
  source: LIAISON_SOURCE,
  schema: z.object({ ...visitProblemFields, contact: problemContactSchema }),
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

/** What the officials part publishes now (v1 of the visit problem is retired: read, not published). */
/**
 * A liaison visit was logged: which pairing, which enterprise, the day and the form (走访 K 五(3)) — for visit
 * compliance outside liaison (the 亲清健康指数). Who took part, what was learned and the conduct declaration stay
 * in liaison.
 */
export const VisitLoggedV1 = defineIntegrationEvent({
  type: 'cn.qinqing.liaison.visit.logged.v1',
  version: 1,
  topic: LIAISON_TOPIC,
  source: LIAISON_SOURCE,
  schema: z.object({
    visitId: z.string().min(1),
    pairingId: z.string().min(1),
    enterpriseCreditCode: creditCode,
    visitedOn: date,
    form: z.enum(['on-site', 'phone', 'letter', 'e-mail', 'questionnaire', 'wechat']),
  }),
});

export const LIAISON_OFFICIALS_PUBLIC_EVENTS = [
  VisitLoggedV1,
  VisitProblemRaisedV2,
  PairingStartedV1,
  PairingEndedV1,
] as const;
