import { Module } from '@nestjs/common';
import { DeclarationsService } from './declarations.service';
import { IdNumberHasher } from './id-number-hasher';

/**
 * Officials' declarations of specific-relation persons and recusals (回避, 晋江 四), and the conflicts they make:
 * what a pairing, a filing approval and (later) a request assignment ask before they go ahead.
 */
@Module({
  providers: [DeclarationsService, IdNumberHasher],
  exports: [DeclarationsService],
})
export class ConflictsModule {}
