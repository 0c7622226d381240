import type { DomainEvent } from '@qinqing/shared/domain-kernel';

/**
 * A responsible person signed the integrity pledge for the enterprise. Their name is personal data: it stays in
 * the context (shown in full to the credit officer, masked elsewhere) and never goes into a public event.
 */
export type PledgeSigned = DomainEvent<
  'PledgeSigned',
  {
    readonly pledgeId: string;
    readonly creditCode: string;
    readonly signatoryName: string;
    readonly signatoryPosition: string;
    readonly textVersion: string;
    /** The day signed (China). */
    readonly signedOn: string;
    readonly signedAt: string;
    /** The kiosk walk-in session it was signed in. */
    readonly sessionId: string;
  }
>;

export type PledgeEvent = PledgeSigned;
