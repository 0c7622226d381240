import type { EventMetadata } from '@qinqing/shared/event-sourcing';
import { z } from 'zod';

/**
 * The JSON kept in a KurrentDB event's metadata: our schema version and envelope metadata, plus KurrentDB's
 * own `$correlationId` / `$causationId` conventions so its `$by_correlation_id` projection and UI see them.
 */
export interface StoredEventMetadata {
  readonly schemaVersion: number;
  readonly correlationId: string;
  readonly causationId: string | null;
  readonly actorId: string;
  readonly actorRole: string;
  readonly occurredAt: string;
  readonly idempotencyKey?: string;
  readonly requestFingerprint?: string;
  readonly $correlationId: string;
  readonly $causationId?: string;
}

export interface DecodedEventMetadata {
  readonly schemaVersion: number;
  readonly metadata: EventMetadata;
}

/** Unknown keys (KurrentDB's `$`-prefixed ones) are stripped, so decoding yields exactly what was appended. */
const storedEventMetadataSchema = z.object({
  schemaVersion: z.number().int().positive(),
  correlationId: z.string(),
  causationId: z.string().nullable(),
  actorId: z.string(),
  actorRole: z.string(),
  occurredAt: z.string(),
  idempotencyKey: z.string().optional(),
  requestFingerprint: z.string().optional(),
});

export const encodeEventMetadata = (schemaVersion: number, metadata: EventMetadata): StoredEventMetadata => {
  if (!Number.isSafeInteger(schemaVersion) || schemaVersion < 1) {
    throw new RangeError(`Schema version must be a positive integer, got ${String(schemaVersion)}`);
  }
  return {
    schemaVersion,
    correlationId: metadata.correlationId,
    causationId: metadata.causationId,
    actorId: metadata.actorId,
    actorRole: metadata.actorRole,
    occurredAt: metadata.occurredAt,
    ...(metadata.idempotencyKey === undefined ? {} : { idempotencyKey: metadata.idempotencyKey }),
    ...(metadata.requestFingerprint === undefined ? {} : { requestFingerprint: metadata.requestFingerprint }),
    $correlationId: metadata.correlationId,
    ...(metadata.causationId === null ? {} : { $causationId: metadata.causationId }),
  };
};

/** Our envelope read back out of stored metadata, or why the metadata is not ours. */
export const decodeEventMetadata = (raw: unknown): DecodedEventMetadata | { readonly problem: string } => {
  const parsed = storedEventMetadataSchema.safeParse(raw);
  if (!parsed.success) return { problem: `metadata is not our envelope: ${z.prettifyError(parsed.error)}` };
  const { schemaVersion, idempotencyKey, requestFingerprint, ...rest } = parsed.data;
  return {
    schemaVersion,
    metadata: {
      ...rest,
      ...(idempotencyKey === undefined ? {} : { idempotencyKey }),
      ...(requestFingerprint === undefined ? {} : { requestFingerprint }),
    },
  };
};
