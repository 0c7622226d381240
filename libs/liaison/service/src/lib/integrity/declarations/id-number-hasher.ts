import { createHmac, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { SqlDatabase } from '@qinqing/shared/event-sourcing';
import { SQL_DATABASE } from '@qinqing/shared/nest-platform';

const KEY_NAME = 'id-number-hmac-key';

/**
 * Keyed hash of resident ID numbers (HMAC-SHA-256): equal numbers match across declarations, the number itself
 * is never stored. The key is made once per liaison database (a random 32 bytes kept in liaison_secrets) so every
 * process of the context hashes alike. Where a secrets store exists, the deployment should supply the key from
 * it instead (docs/liaison.md): a key beside the hashes only keeps a casual reader of the events out.
 */
@Injectable()
export class IdNumberHasher {
  private key: Promise<Buffer> | null = null;

  constructor(@Inject(SQL_DATABASE) private readonly db: SqlDatabase) {}

  private loadKey(): Promise<Buffer> {
    this.key ??= (async () => {
      await this.db.query(
        'CREATE TABLE IF NOT EXISTS liaison_secrets (name TEXT PRIMARY KEY, value TEXT NOT NULL)',
      );
      await this.db.query(
        'INSERT INTO liaison_secrets (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING',
        [KEY_NAME, randomBytes(32).toString('base64')],
      );
      const { rows } = await this.db.query<{ value: string }>(
        'SELECT value FROM liaison_secrets WHERE name = $1',
        [KEY_NAME],
      );
      const value = rows[0]?.value;
      if (value === undefined) throw new Error('the ID-number key could not be kept');
      return Buffer.from(value, 'base64');
    })();
    return this.key;
  }

  /** `idNumber` is the validated, normalised number (validateResidentIdNumber's value). */
  async hash(idNumber: string): Promise<string> {
    const key = await this.loadKey();
    return `hmac-sha256:${createHmac('sha256', key).update(idNumber).digest('base64url')}`;
  }
}
