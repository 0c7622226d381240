import { Module } from '@nestjs/common';
import { OutboundMessagesModule } from '../outbound-messages/outbound-messages.module';
import { IdentificationCodesController } from './identification-codes.controller';
import { IdentificationCodes } from './identification-codes.store';
import { IdentificationLimits } from './identification-limits';

/** Kiosk identification by a one-time code texted to the enterprise's registered phone. */
@Module({
  imports: [OutboundMessagesModule],
  controllers: [IdentificationCodesController],
  providers: [IdentificationCodes, IdentificationLimits],
})
export class KioskIdentificationModule {}
