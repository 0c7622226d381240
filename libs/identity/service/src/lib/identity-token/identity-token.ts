import type { Clock } from '@qinqing/shared/event-sourcing';
import type { Actor } from '@qinqing/identity/domain';
import { z } from 'zod';
import { hmacKeyOf, readSignedClaims, signClaims } from '../signed-claims/signed-claims';
import { actorSchema } from './actor.schema';

/**
 * Identity forwarded from the gateway to a service in the distributed run mode, as
 * `base64url(payload) "." base64url(HMAC-SHA256(key, "qq-identity.v1." + base64url(payload)))` with the
 * payload `{"v":1,"act":<Actor|null>,"adr":<client address>,"iat":<s>,"exp":<s>}`. `act` is null for an
 * anonymous caller, whose token still vouches for its address (what the services' rate limits count: on
 * their socket they only see the gateway). The context string binds the MAC to this use and
 * version; a short `exp` bounds replay of a captured token. A service trusts identity only from a token
 * that verifies: an unsigned header is never an identity.
 */
const CONTEXT = 'qq-identity.v1.';

export interface IdentityTokenKeyOptions {
  /** At least 32 bytes of secret, shared by the gateway and the services. */
  readonly secret: string;
}

const keyBytes = (secret: string): Buffer => hmacKeyOf(secret, 'An identity token key');

const payloadSchema = z
  .object({
    v: z.literal(1),
    act: actorSchema.nullable(),
    adr: z.string().min(1).max(100).optional(),
    iat: z.number().int(),
    exp: z.number().int(),
  })
  .strict();

export class IdentityTokenSigner {
  private readonly key: Buffer;
  private readonly ttlSeconds: number;

  constructor(
    options: IdentityTokenKeyOptions & {
      /** How long a token is valid; keep it to seconds, it only spans one forwarded request. */
      readonly ttlSeconds?: number;
    },
    private readonly clock: Clock,
  ) {
    this.key = keyBytes(options.secret);
    this.ttlSeconds = options.ttlSeconds ?? 30;
    if (!Number.isInteger(this.ttlSeconds) || this.ttlSeconds < 1 || this.ttlSeconds > 300) {
      throw new Error('An identity token lives between 1 and 300 seconds');
    }
  }

  /** Signs who the caller is (null: anonymous) and, when known, the address it called from. */
  sign(actor: Actor | null, clientAddress?: string): string {
    const iat = Math.floor(this.clock.now().getTime() / 1000);
    const adr =
      clientAddress === undefined || clientAddress === '' ? {} : { adr: clientAddress.slice(0, 100) };
    return signClaims(this.key, CONTEXT, { v: 1, act: actor, ...adr, iat, exp: iat + this.ttlSeconds });
  }
}

export type IdentityTokenVerification =
  | {
      readonly ok: true;
      readonly actor: Actor | null;
      readonly clientAddress: string | null;
      readonly expiresAt: Date;
    }
  | { readonly ok: false; readonly reason: 'malformed' | 'bad-signature' | 'expired' | 'not-yet-valid' };

export class IdentityTokenVerifier {
  private readonly keys: readonly Buffer[];
  private readonly leewaySeconds: number;

  constructor(
    options: {
      /** The current key first; during a rotation also the previous one, until its tokens have expired. */
      readonly secrets: readonly string[];
      /** Clock difference tolerated between gateway and service. */
      readonly leewaySeconds?: number;
    },
    private readonly clock: Clock,
  ) {
    if (options.secrets.length === 0) throw new Error('An identity token verifier needs at least one key');
    this.keys = options.secrets.map(keyBytes);
    this.leewaySeconds = options.leewaySeconds ?? 5;
  }

  verify(token: string): IdentityTokenVerification {
    const reading = readSignedClaims(this.keys, CONTEXT, token, payloadSchema);
    if (!reading.ok) return reading;
    const parsed = reading.claims;
    const nowSeconds = this.clock.now().getTime() / 1000;
    if (parsed.exp + this.leewaySeconds <= nowSeconds) return { ok: false, reason: 'expired' };
    if (parsed.iat - this.leewaySeconds > nowSeconds) return { ok: false, reason: 'not-yet-valid' };
    return {
      ok: true,
      actor: parsed.act,
      clientAddress: parsed.adr ?? null,
      expiresAt: new Date(parsed.exp * 1000),
    };
  }
}
