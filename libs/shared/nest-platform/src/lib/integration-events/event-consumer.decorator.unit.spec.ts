import { Catch, type ExceptionFilter, UseFilters } from '@nestjs/common';
import { EXCEPTION_FILTERS_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { PATTERN_EXTRAS_METADATA, TRANSPORT_METADATA } from '@nestjs/microservices/constants';
import { defineIntegrationEvent, publicTopic } from '@qinqing/shared/contracts-kit';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { describeEventConsumer, EventConsumer, IntegrationEventPattern } from './event-consumer.decorator';
import { IntegrationEventErrorFilter } from './integration-event-error.filter';
import { CONSUMER_EXTRA, INTEGRATION_EVENTS_TRANSPORT } from './integration-event-route';

const APPEALS = publicTopic('appeals', 1);
const IDENTITY = publicTopic('identity', 1);
const UnitCreated = defineIntegrationEvent({
  type: 'cn.qinqing.identity.organisation-unit.created.v1',
  version: 1,
  topic: IDENTITY,
  source: '/qinqing/identity',
  schema: z.object({ unitId: z.string() }),
});

describe('@EventConsumer', () => {
  it('names the consumer on each handler, binds it to the integration-event transport and makes the class a controller', () => {
    @EventConsumer('service-centre.request-stats')
    class Stats {
      @EventPattern(APPEALS)
      async apply(@Payload() _event: unknown, @Ctx() _context: unknown): Promise<void> {
        return;
      }
    }
    const handler = Object.getOwnPropertyDescriptor(Stats.prototype, 'apply')?.value as object;
    expect(Reflect.getMetadata(PATTERN_EXTRAS_METADATA, handler)).toEqual({
      [CONSUMER_EXTRA]: 'service-centre.request-stats',
    });
    expect(Reflect.getMetadata(TRANSPORT_METADATA, handler)).toBe(INTEGRATION_EVENTS_TRANSPORT);
    expect(Reflect.getMetadata(PATH_METADATA, Stats)).toBe('/');
    expect(describeEventConsumer(Stats)).toEqual({
      name: 'service-centre.request-stats',
      topics: [APPEALS],
      routes: [{ topic: APPEALS, type: null }],
    });
  });

  it.each([
    'request-stats',
    'ServiceCentre.requestStats',
    'service-centre.',
    'a.b.c',
    'service_centre.stats',
  ])('refuses %s: names are <consuming context>.<consumer>', (name) => {
    expect(() => {
      @EventConsumer(name)
      class Misnamed {
        @EventPattern(APPEALS)
        async apply(): Promise<void> {
          return;
        }
      }
      return Misnamed;
    }).toThrow(/<consuming context>\.<consumer>/u);
  });

  it('refuses an event type given where a topic belongs, and a consumer without handlers', () => {
    expect(() => {
      @EventConsumer('appeals.organisation-units')
      class Mistyped {
        @EventPattern(UnitCreated.type)
        async apply(): Promise<void> {
          return;
        }
      }
      return Mistyped;
    }).toThrow(/neither a public topic/u);
    expect(() => {
      @EventConsumer('appeals.nothing')
      class Empty {}
      return Empty;
    }).toThrow(/without an @EventPattern/u);
  });

  it('reads the topics and event types of per-type handlers from their contracts', () => {
    @EventConsumer('appeals.organisation-units')
    class Units {
      @IntegrationEventPattern(UnitCreated)
      async created(): Promise<void> {
        return;
      }
    }
    expect(describeEventConsumer(Units)).toEqual({
      name: 'appeals.organisation-units',
      topics: [IDENTITY],
      routes: [{ topic: IDENTITY, type: UnitCreated.type }],
    });
  });

  it("puts the pass-to-the-bus filter behind the class's own filters, whichever order they are declared in", () => {
    @Catch()
    class Mine implements ExceptionFilter {
      catch(): void {
        return;
      }
    }
    const mine = new Mine();
    @UseFilters(mine)
    @EventConsumer('appeals.filtered-after')
    class DeclaredAfter {
      @EventPattern(APPEALS)
      async apply(): Promise<void> {
        return;
      }
    }
    @EventConsumer('appeals.filtered-before')
    @UseFilters(mine)
    class DeclaredBefore {
      @EventPattern(APPEALS)
      async apply(): Promise<void> {
        return;
      }
    }
    // Nest tries class filters from the last to the first: the pass-through, first in the list, comes last.
    for (const consumer of [DeclaredAfter, DeclaredBefore]) {
      const filters = Reflect.getMetadata(EXCEPTION_FILTERS_METADATA, consumer) as unknown[];
      expect(filters).toHaveLength(2);
      expect(filters[0]).toBeInstanceOf(IntegrationEventErrorFilter);
      expect(filters[1]).toBe(mine);
    }
  });
});
