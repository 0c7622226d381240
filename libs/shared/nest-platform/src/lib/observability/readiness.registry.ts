import { Injectable } from '@nestjs/common';

export interface ReadinessCheckResult {
  readonly ok: boolean;
  readonly detail?: string;
}

export interface ReadinessCheck {
  readonly name: string;
  check(): Promise<ReadinessCheckResult>;
}

/** Components that must work before the app takes traffic register a check here. */
@Injectable()
export class ReadinessRegistry {
  private readonly checks: ReadinessCheck[] = [];

  register(check: ReadinessCheck): void {
    this.checks.push(check);
  }

  async run(): Promise<{ ready: boolean; checks: Record<string, ReadinessCheckResult> }> {
    const results = await Promise.all(
      this.checks.map(async (c): Promise<[string, ReadinessCheckResult]> => {
        try {
          return [c.name, await c.check()];
        } catch (error) {
          return [c.name, { ok: false, detail: error instanceof Error ? error.message : String(error) }];
        }
      }),
    );
    return { ready: results.every(([, r]) => r.ok), checks: Object.fromEntries(results) };
  }
}
