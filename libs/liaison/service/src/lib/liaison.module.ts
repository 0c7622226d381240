import {
  type DynamicModule,
  Inject,
  type MiddlewareConsumer,
  Module,
  type NestModule,
  type OnModuleInit,
  RequestMethod,
} from '@nestjs/common';
import { raw } from 'express';
import type { FieldSeal } from '@qinqing/shared/event-sourcing';
import { ContextRegistry, FIELD_SEAL } from '@qinqing/shared/nest-platform';
import { LiaisonJurisdictionModule } from './application/deployment-jurisdiction';
import { EnterpriseImporter } from './commands/import-enterprises/enterprise-importer';
import { ImportEnterprisesController } from './commands/import-enterprises/import-enterprises.controller';
import { CSV_TYPES, XLSX_TYPE } from '@qinqing/shared/spreadsheet';
import { CorrectEnterpriseDetailsController } from './commands/correct-enterprise-details/correct-enterprise-details.controller';
import { RegisterEnterpriseController } from './commands/register-enterprise/register-enterprise.controller';
import { createLiaisonIntegrationMapper } from './integration/liaison-integration.mapper';
import { liaisonOversightMapper } from './integration/liaison-oversight.mapper';
import { directoryProjection } from './projections/directory/directory.projection';
import { DirectoryController } from './queries/directory/directory.controller';
import { SizeClassController } from './queries/size-class/size-class.controller';

/** The largest spreadsheet the directory import reads (about 10,000 rows of CSV fit in far less). */
export const IMPORT_BODY_LIMIT = '5mb';
import { OfficialsModule } from './officials/officials.module';
import { LiaisonIntegrityModule } from './integrity/integrity.module';
import { KioskIdentificationModule } from './kiosk-identification/kiosk-identification.module';
import { PolicyNoticesModule } from './policy-notices/policy-notices.module';

/** What a deployment tells the liaison context (from LIAISON_JURISDICTION, liaison.env.ts). */
export interface LiaisonOptions {
  /** The deployment's jurisdiction, GB/T 2260 (6 digits). */
  readonly jurisdiction: string;
}

/**
 * The liaison context, mounted with `LiaisonModule.forRoot(options)`. It needs only the EventSourcingModule's tokens, the ContextRegistry and identity's
 * access guard, so the one-process app and apps/liaison-service mount it alike. Projections and consumers
 * are registered here too (see the service-centre module for a consumer of another context's events).
 */
@Module({
  imports: [OfficialsModule, LiaisonIntegrityModule, KioskIdentificationModule, PolicyNoticesModule],
  controllers: [
    RegisterEnterpriseController,
    CorrectEnterpriseDetailsController,
    ImportEnterprisesController,
    SizeClassController,
    // After SizeClassController: GET enterprises/size-class is not a credit code.
    DirectoryController,
  ],
  // DivisionDirectory comes from LiaisonJurisdictionModule (global), one copy of the dataset per process.
  providers: [EnterpriseImporter],
  exports: [OfficialsModule],
})
export class LiaisonModule implements OnModuleInit, NestModule {
  constructor(
    private readonly registry: ContextRegistry,
    @Inject(FIELD_SEAL) private readonly seal: FieldSeal,
  ) {}

  static forRoot(options: LiaisonOptions): DynamicModule {
    return { module: LiaisonModule, imports: [LiaisonJurisdictionModule.forRoot(options.jurisdiction)] };
  }

  onModuleInit(): void {
    this.registry.registerMapper(createLiaisonIntegrationMapper(this.seal));
    // After the main mapper: on a filing's key its oversight event follows the filing's own.
    this.registry.registerMapper(liaisonOversightMapper);
    this.registry.registerProjection(directoryProjection);
  }

  configure(consumer: MiddlewareConsumer): void {
    // The directory import takes the file as the raw body; the platform's JSON parser leaves it alone.
    consumer
      .apply(raw({ type: [...CSV_TYPES, XLSX_TYPE], limit: IMPORT_BODY_LIMIT }))
      .forRoutes({ path: 'enterprises/import', method: RequestMethod.POST });
  }
}
