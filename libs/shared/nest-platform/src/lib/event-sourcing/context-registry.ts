import { Injectable } from '@nestjs/common';
import type {
  IntegrationEventConsumer,
  IntegrationEventMapper,
  Projection,
} from '@qinqing/shared/event-sourcing';

/**
 * Bounded-context modules register what they contribute here in `onModuleInit`; the host starts it all
 * once every module is initialised. Keeps contexts ignorant of each other and of the run mode.
 */
@Injectable()
export class ContextRegistry {
  readonly projections: Projection[] = [];
  readonly mappers: IntegrationEventMapper[] = [];
  readonly consumers: IntegrationEventConsumer[] = [];

  registerProjection(projection: Projection): void {
    if (this.projections.some((p) => p.name === projection.name)) {
      throw new Error(`Projection ${projection.name} is registered twice`);
    }
    this.projections.push(projection);
  }

  registerMapper(mapper: IntegrationEventMapper): void {
    this.mappers.push(mapper);
  }

  registerConsumer(consumer: IntegrationEventConsumer): void {
    this.consumers.push(consumer);
  }
}
