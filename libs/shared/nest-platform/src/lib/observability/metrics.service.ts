import { Injectable } from '@nestjs/common';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** One Prometheus registry per application instance (tests run several in one process). */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();

  readonly httpRequestDuration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request duration by method, route and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });

  readonly appends = new Counter({
    name: 'qinqing_event_store_appends_total',
    help: 'Successful appends to the event store from this process',
    registers: [this.registry],
  });

  private readonly scrapeHooks: (() => void)[] = [];

  readonly followerEventsApplied = new Gauge({
    name: 'qinqing_log_follower_events_applied',
    help: 'Events applied by each projection or consumer since start',
    labelNames: ['follower'] as const,
    registers: [this.registry],
    collect: () => this.runScrapeHooks(),
  });

  readonly followerHealthy = new Gauge({
    name: 'qinqing_log_follower_healthy',
    help: '1 when the projection or consumer had no error on its last batch',
    labelNames: ['follower'] as const,
    registers: [this.registry],
    collect: () => this.runScrapeHooks(),
  });

  readonly leaseHeld = new Gauge({
    name: 'qinqing_lease_held',
    help: '1 while this replica holds the lease (leader of its role), 0 while it stands by',
    labelNames: ['lease', 'role'] as const,
    registers: [this.registry],
    collect: () => this.runScrapeHooks(),
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }

  /** Runs `hook` before each scrape, to copy live state (e.g. follower progress) into gauges. */
  onScrape(hook: () => void): void {
    this.scrapeHooks.push(hook);
  }

  private runScrapeHooks(): void {
    for (const hook of this.scrapeHooks) hook();
  }
}
