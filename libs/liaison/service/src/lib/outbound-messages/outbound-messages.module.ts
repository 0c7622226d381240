import { Module } from '@nestjs/common';
import { LoggingOutboundMessages, OutboundMessages } from './outbound-messages';

/**
 * The outbound-message port, one instance for everything liaison texts (kiosk identification codes, policy
 * notices). Bound to the logging adapter: no SMS gateway is reachable from here (docs/liaison.md says how to
 * bind one).
 */
@Module({
  providers: [{ provide: OutboundMessages, useClass: LoggingOutboundMessages }],
  exports: [OutboundMessages],
})
export class OutboundMessagesModule {}
