import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import type { ReceiptProof } from '@qinqing/appeals/contracts';
import type { SqlDatabase } from '@qinqing/shared/event-sourcing';
import {
  AttemptBudget,
  ClientBudget,
  RateLimitStore,
  type RequestingClient,
  SQL_DATABASE,
  TooManyAttemptsException,
} from '@qinqing/shared/nest-platform';

export interface ProvenReceipt {
  readonly requestId: string;
  readonly creditCode: string;
}

const mismatch = () =>
  new NotFoundException({
    error: 'receipt-not-matched',
    message: {
      zh: '回执码或手机号后四位不正确，请核对回执',
      en: 'The receipt code or the phone digits do not match; check the receipt',
    },
  });

/** Wrong answers a receipt takes; the last of them locks it for LOCK_MINUTES, whatever comes next. */
export const WRONG_ANSWERS_BEFORE_LOCK = 5;
export const RECEIPT_LOCK_MINUTES = 60;

const receiptLocked = (seconds: number) =>
  new TooManyAttemptsException(seconds, 'receipt-locked', (s) => ({
    zh: `该回执码核对错误次数过多，已暂停查询，请${Math.ceil(s / 60)}分钟后再试，或到亲清家园窗口核实身份`,
    en: `Too many wrong answers for this receipt: it is locked for ${Math.ceil(s / 60)} minutes; try again later or ask at a 亲清家园 desk`,
  }));

/**
 * A receipt code plus the last four digits of the contact phone prove the holder filed the request
 * (as the national 好差评 system trusts a link sent to the filer). Two limits, counted in the app's
 * rate-limit store (its database: shared by replicas, kept across restarts):
 * - lookups per client — per kiosk device (walk-in sessions cost nothing to open), or per address for a
 *   browser — then per address with a higher ceiling, so a centre whose kiosks share an address is not
 *   stopped by one of them;
 * - wrong answers per receipt code: after WRONG_ANSWERS_BEFORE_LOCK the code is locked for
 *   RECEIPT_LOCK_MINUTES and *every* answer is refused, the right one too — otherwise a 200 among the 429s
 *   tells the guesser he won. Unknown codes count and lock the same way, so a lock says nothing about
 *   whether a code exists.
 */
@Injectable()
export class ReceiptVerifier {
  private readonly lookups: ClientBudget;
  private readonly wrongAnswers: AttemptBudget;

  constructor(
    @Inject(SQL_DATABASE) private readonly db: SqlDatabase,
    store: RateLimitStore,
  ) {
    this.lookups = new ClientBudget(store, 'receipt-lookups', {
      perClient: { points: 20, minutes: 10 },
      perAddress: { points: 100, minutes: 10 },
    });
    this.wrongAnswers = new AttemptBudget(store, {
      name: 'receipt-wrong-answers',
      // The budget refuses the (points + 1)-th: the last allowed wrong answer is the one that locks.
      points: WRONG_ANSWERS_BEFORE_LOCK - 1,
      durationSeconds: RECEIPT_LOCK_MINUTES * 60,
      blockSeconds: RECEIPT_LOCK_MINUTES * 60,
    });
  }

  async verify(proof: ReceiptProof, client: RequestingClient): Promise<ProvenReceipt> {
    await this.lookups.consume(client);
    const locked = await this.wrongAnswers.waitSeconds(proof.receiptCode);
    if (locked > 0) throw receiptLocked(locked);
    const { rows } = await this.db.query<{
      request_id: string;
      enterprise_credit_code: string;
      contact_phone: string;
    }>(
      'SELECT request_id, enterprise_credit_code, contact_phone FROM appeals_requests WHERE receipt_code = $1',
      [proof.receiptCode],
    );
    const row = rows[0];
    if (row === undefined || !row.contact_phone.endsWith(proof.phoneLast4)) {
      await this.wrongAnswers.consume(proof.receiptCode);
      throw mismatch();
    }
    return { requestId: row.request_id, creditCode: row.enterprise_credit_code };
  }
}
