import { UnknownSchemaVersionError } from './errors';
import type { RecordedEvent } from './envelope';

/** The part of a stored event an upcaster may change. */
export interface UpcastableEvent {
  readonly type: string;
  readonly data: unknown;
}

/** Turns an event stored at one schema version into the next version. */
export type Upcaster = (event: UpcastableEvent) => UpcastableEvent;

/**
 * Upcasters registered per event type and source version, applied in a chain at read time so stored
 * history is never rewritten and code only ever sees the current schema.
 */
export class UpcasterRegistry {
  private readonly steps = new Map<string, Map<number, Upcaster>>();

  register(eventType: string, fromVersion: number, upcaster: Upcaster): this {
    const byVersion = this.steps.get(eventType) ?? new Map<number, Upcaster>();
    if (byVersion.has(fromVersion)) {
      throw new Error(`Upcaster for ${eventType} v${fromVersion} is already registered`);
    }
    byVersion.set(fromVersion, upcaster);
    this.steps.set(eventType, byVersion);
    return this;
  }

  /** The stored types an upcaster may change (to another type, too): a reader filtering by type reads them all. */
  typesUpcast(): readonly string[] {
    return [...this.steps.keys()];
  }

  /** The version new events of this type are written at. */
  currentVersion(eventType: string): number {
    const byVersion = this.steps.get(eventType);
    return byVersion === undefined ? 1 : Math.max(...byVersion.keys()) + 1;
  }

  upcast<E extends RecordedEvent>(event: E): E {
    const current = this.currentVersion(event.type);
    if (event.schemaVersion === current) return event;
    if (event.schemaVersion > current) throw new UnknownSchemaVersionError(event.type, event.schemaVersion);
    let shape: UpcastableEvent = { type: event.type, data: event.data };
    for (let version = event.schemaVersion; version < current; version++) {
      const step = this.steps.get(event.type)?.get(version);
      if (step === undefined) throw new UnknownSchemaVersionError(event.type, version);
      shape = step(shape);
    }
    return { ...event, type: shape.type, data: shape.data, schemaVersion: current };
  }
}

export const noUpcasters = (): UpcasterRegistry => new UpcasterRegistry();
