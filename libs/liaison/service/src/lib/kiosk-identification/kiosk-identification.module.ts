import { Module } from '@nestjs/common';
import { IdentificationCodesController } from './identification-codes.controller';
import { IdentificationCodes } from './identification-codes.store';
import { IdentificationLimits } from './identification-limits';
import { LoggingOutboundMessages, OutboundMessages } from './outbound-messages';

/**
 * Kiosk identification by a one-time code to the enterprise's registered phone. The outbound-message port is
 * bound to the logging adapter: no SMS gateway is reachable from here (docs/liaison.md says how to bind one).
 */
@Module({
  controllers: [IdentificationCodesController],
  providers: [
    IdentificationCodes,
    IdentificationLimits,
    { provide: OutboundMessages, useClass: LoggingOutboundMessages },
  ],
})
export class KioskIdentificationModule {}
