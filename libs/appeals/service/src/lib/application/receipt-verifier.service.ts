import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import type { ReceiptProof } from '@qinqing/appeals/contracts';
import type { SqlDatabase } from '@qinqing/shared/event-sourcing';
import { RateLimiter, SQL_DATABASE } from '@qinqing/shared/nest-platform';

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

/**
 * A receipt code plus the last four digits of the contact phone prove the holder filed the request
 * (as the national 好差评 system trusts a link sent to the filer). Lookups are rate-limited per client,
 * and wrong digits are rate-limited per receipt, so neither codes nor digits can be guessed at speed.
 */
@Injectable()
export class ReceiptVerifier {
  private readonly perClient = new RateLimiter({ limit: 20, windowMs: 10 * 60_000 });
  private readonly wrongDigitsPerReceipt = new RateLimiter({ limit: 5, windowMs: 60 * 60_000 });

  constructor(@Inject(SQL_DATABASE) private readonly db: SqlDatabase) {}

  async verify(proof: ReceiptProof, clientKey: string): Promise<ProvenReceipt> {
    this.perClient.consume(clientKey);
    const { rows } = await this.db.query<{
      request_id: string;
      enterprise_credit_code: string;
      contact_phone: string;
    }>(
      'SELECT request_id, enterprise_credit_code, contact_phone FROM appeals_requests WHERE receipt_code = $1',
      [proof.receiptCode],
    );
    const row = rows[0];
    if (row === undefined) throw mismatch();
    if (!row.contact_phone.endsWith(proof.phoneLast4)) {
      this.wrongDigitsPerReceipt.consume(proof.receiptCode);
      throw mismatch();
    }
    return { requestId: row.request_id, creditCode: row.enterprise_credit_code };
  }
}
