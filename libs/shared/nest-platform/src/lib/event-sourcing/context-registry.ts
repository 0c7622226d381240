import { Injectable } from '@nestjs/common';
import type { IntegrationEventMapper, Projection } from '@qinqing/shared/event-sourcing';

/**
 * Bounded-context modules register their projections and public-event mappers here in `onModuleInit`; the
 * host starts it all once every module is initialised and seals the registry. Keeps contexts ignorant of
 * each other and of the run mode. Consumers are `@EventConsumer` controllers, which Nest finds itself.
 */
@Injectable()
export class ContextRegistry {
  readonly projections: Projection[] = [];
  readonly mappers: IntegrationEventMapper[] = [];
  private isSealed = false;

  /** Whether every module has registered (the app is initialised): followers may start. */
  get sealed(): boolean {
    return this.isSealed;
  }

  registerProjection(projection: Projection): void {
    this.assertOpen(`projection ${projection.name}`);
    if (this.projections.some((p) => p.name === projection.name)) {
      throw new Error(`Projection ${projection.name} is registered twice`);
    }
    this.projections.push(projection);
  }

  registerMapper(mapper: IntegrationEventMapper): void {
    this.assertOpen(`mapper ${mapper.context}`);
    this.mappers.push(mapper);
  }

  /** Called by the host at application bootstrap; what registers later would never run. */
  seal(): void {
    this.isSealed = true;
  }

  private assertOpen(what: string): void {
    if (this.isSealed)
      throw new Error(`The ${what} is registered after the app started; register in onModuleInit`);
  }
}
