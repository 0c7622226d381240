import { Injectable, Logger } from '@nestjs/common';
import { maskPhone } from '@qinqing/shared/chinese-ids';

/**
 * A text message to a mainland mobile. Providers (Aliyun SMS, Tencent Cloud SMS, China Mobile's cloud MAS) send
 * pre-approved templates under a registered signature, filled with named parameters — so a message is a template
 * key and its parameters, never free text; the adapter maps the key to the provider's template id.
 */
export interface OutboundTextMessage {
  /** 11-digit mainland mobile number. */
  readonly to: string;
  /**
   * - `kiosk-identification-code`: 【亲清家园】您的验证码为${code}，${minutes}分钟内有效。如非本人操作，请忽略。
   * - `policy-push-notice` (a notification template, not marketing): 【亲清家园】贵企业可能符合政策《${title}》
   *   （${documentNumber}），详情请到亲清家园自助终端“惠企政策”查看或咨询服务窗口。 Each parameter at most
   *   20 characters (`policyNoticeParams`).
   */
  readonly template: 'kiosk-identification-code' | 'policy-push-notice';
  readonly params: Readonly<Record<string, string>>;
}

/**
 * The outbound-message port: how the platform reaches a person's phone. Production binds an adapter for the
 * city's SMS provider (its credentials from the deployment's secrets; the provider's delivery receipts are its
 * own log). This machine reaches no SMS gateway, so the bound adapter writes the message to the service log.
 */
export abstract class OutboundMessages {
  /**
   * Resolves once the provider has taken the message; rejects when it has not. A rejected policy notice is tried
   * again later, so an adapter whose call timed out without an answer (the message may have gone) should say so
   * in its error rather than guess (docs/liaison.md, "Policy notices").
   */
  abstract send(message: OutboundTextMessage): Promise<void>;
}

/**
 * Writes each message to the log instead of sending it: the adapter for development, demonstrations and tests
 * (the code appears in the service's log, where whoever runs the demo reads it). Never bind it where real
 * enterprises identify themselves: the log would hold their codes — nor where they expect policy notices, which
 * it reports as sent.
 */
@Injectable()
export class LoggingOutboundMessages extends OutboundMessages {
  private readonly logger = new Logger('OutboundMessages');

  send(message: OutboundTextMessage): Promise<void> {
    this.logger.log(
      `SMS (not sent: logging adapter) to ${maskPhone(message.to)}, template ${message.template}: ${JSON.stringify(message.params)}`,
    );
    return Promise.resolve();
  }
}
