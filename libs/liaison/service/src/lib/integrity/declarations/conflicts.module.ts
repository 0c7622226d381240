import { Module } from '@nestjs/common';
import { DeclarationsService } from './declarations.service';
import { IdNumberHasher } from './id-number-hasher';

/**
 * Officials' (and request handlers') declarations of specific-relation persons and recusals (回避, 晋江 四), and the
 * conflicts they make: what a pairing and a filing approval ask before they go ahead. Appeals' request assignment
 * obeys them through the public `conflict.*` and `recusal.recorded` events, never through this module.
 */
@Module({
  providers: [DeclarationsService, IdNumberHasher],
  exports: [DeclarationsService],
})
export class ConflictsModule {}
