import { Module } from '@nestjs/common';
import { NegativeListsController } from './negative-lists/negative-lists.controller';

/**
 * Interaction filings, negative lists, conflicts of interest and recusal, symposia and fault-tolerance reviews
 * (issue 13): one module the liaison module imports, so the other parts of the context merge beside it.
 */
@Module({
  controllers: [NegativeListsController],
})
export class LiaisonIntegrityModule {}
