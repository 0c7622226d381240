import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { hash, verify } from '@node-rs/argon2';

/**
 * Argon2id at the OWASP minimum (19 MiB, 2 passes, 1 lane), which is also the library's default; the
 * parameters travel inside each PHC string, so raising them later keeps old hashes verifiable.
 */
const PARAMETERS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** Hashes and checks passwords and kiosk secrets; the only place Argon2 is called. */
@Injectable()
export class PasswordHasher {
  private dummy: Promise<string> | null = null;

  hash(secret: string): Promise<string> {
    return hash(secret, PARAMETERS);
  }

  /** False for a wrong secret and for a hash this library cannot read; never throws for either. */
  async verify(passwordHash: string, secret: string): Promise<boolean> {
    try {
      return await verify(passwordHash, secret);
    } catch {
      return false;
    }
  }

  /**
   * Spends the time a real check takes, for a username or device that does not exist, so response times
   * do not tell which accounts exist. Always false.
   */
  async verifyNothing(secret: string): Promise<false> {
    this.dummy ??= this.hash(randomBytes(32).toString('base64url'));
    await this.verify(await this.dummy, secret);
    return false;
  }
}
