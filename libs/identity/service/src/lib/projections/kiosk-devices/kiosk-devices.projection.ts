import type { Projection, RecordedEvent, SqlExecutor } from '@qinqing/shared/event-sourcing';
import { KIOSK_DEVICE_EVENT_TYPES, type KioskDeviceEvent } from '@qinqing/identity/domain';
import { revokeSubjectSessions } from '../../sessions/session.store';

export const KIOSK_DEVICES_PROJECTION = 'identity_kiosk_devices';

export interface KioskDeviceRow {
  readonly deviceId: string;
  readonly centreId: string;
  readonly label: string;
  readonly revoked: boolean;
  readonly registeredAt: Date;
  readonly revokedAt: Date | null;
}

interface Row {
  device_id: string;
  centre_id: string;
  label: string;
  revoked_at: Date | string | null;
  registered_at: Date | string;
}

/** Kiosk devices for the administrators' list; revocation also ends the kiosk's sessions, durably. */
export const kioskDevicesProjection: Projection = {
  name: KIOSK_DEVICES_PROJECTION,
  eventTypes: KIOSK_DEVICE_EVENT_TYPES,

  async setup(db) {
    await db.query(`
      CREATE TABLE IF NOT EXISTS identity_kiosk_devices (
        device_id text PRIMARY KEY,
        centre_id text NOT NULL,
        label text NOT NULL,
        registered_at timestamptz NOT NULL,
        revoked_at timestamptz NULL
      )`);
  },

  async apply(recorded: RecordedEvent, tx: SqlExecutor) {
    const event = { type: recorded.type, data: recorded.data } as KioskDeviceEvent;
    const at = recorded.metadata.occurredAt;
    switch (event.type) {
      case 'KioskDeviceRegistered':
        await tx.query(
          `INSERT INTO identity_kiosk_devices (device_id, centre_id, label, registered_at)
           VALUES ($1, $2, $3, $4::timestamptz) ON CONFLICT (device_id) DO NOTHING`,
          [event.data.deviceId, event.data.centreId, event.data.label, at],
        );
        return;
      case 'KioskDeviceRevoked':
        await tx.query(
          'UPDATE identity_kiosk_devices SET revoked_at = $2::timestamptz WHERE device_id = $1',
          [event.data.deviceId, at],
        );
        await revokeSubjectSessions(tx, { deviceId: event.data.deviceId }, new Date(at), 'device-revoked');
        return;
    }
  },

  async reset(tx) {
    await tx.query('DELETE FROM identity_kiosk_devices');
  },
};

export const listKioskDevices = async (db: SqlExecutor): Promise<KioskDeviceRow[]> => {
  const result = await db.query<Row>('SELECT * FROM identity_kiosk_devices ORDER BY centre_id, device_id');
  return result.rows.map((row) => ({
    deviceId: row.device_id,
    centreId: row.centre_id,
    label: row.label,
    revoked: row.revoked_at !== null,
    registeredAt: new Date(row.registered_at),
    revokedAt: row.revoked_at === null ? null : new Date(row.revoked_at),
  }));
};
