import type { Projection, RecordedEvent, SqlExecutor } from '@qinqing/shared/event-sourcing';
import {
  type LocalizedName,
  ORGANISATION_UNIT_EVENT_TYPES,
  type OrganisationUnitCreated,
  type OrganisationUnitHotlineSet,
  type OrganisationUnitRenamed,
  type OrganisationUnitKind,
} from '@qinqing/identity/domain';

export const ORGANISATION_UNITS_PROJECTION = 'identity_organisation_units';

export interface OrganisationUnitRow {
  readonly unitId: string;
  readonly kind: OrganisationUnitKind;
  readonly name: LocalizedName;
  /** The public's number for the unit (a centre's hotline on kiosk receipts), null when none was set. */
  readonly hotline: string | null;
}

interface Row {
  unit_id: string;
  kind: OrganisationUnitKind;
  name_zh: string;
  name_en: string;
  hotline: string | null;
}

const toUnit = (row: Row): OrganisationUnitRow => ({
  unitId: row.unit_id,
  kind: row.kind,
  name: { zh: row.name_zh, en: row.name_en },
  hotline: row.hotline ?? null,
});

/** What the catalogue needs of an organisation unit event: its own events, or their public form elsewhere. */
export type OrganisationUnitChange =
  | {
      readonly type: 'OrganisationUnitCreated';
      readonly data: Omit<OrganisationUnitCreated['data'], 'createdBy'>;
    }
  | {
      readonly type: 'OrganisationUnitRenamed';
      readonly data: Omit<OrganisationUnitRenamed['data'], 'renamedBy'>;
    }
  | {
      readonly type: 'OrganisationUnitHotlineSet';
      readonly data: Omit<OrganisationUnitHotlineSet['data'], 'setBy'>;
    };

export const setupOrganisationUnitsTable = async (db: SqlExecutor): Promise<void> => {
  await db.query(`
    CREATE TABLE IF NOT EXISTS identity_organisation_units (
      unit_id text PRIMARY KEY,
      kind text NOT NULL,
      name_zh text NOT NULL,
      name_en text NOT NULL
    )`);
  // Added after the first release: tables created before it gain the column (null until a number is set).
  await db.query('ALTER TABLE identity_organisation_units ADD COLUMN IF NOT EXISTS hotline text');
};

export const applyOrganisationUnitChange = async (
  tx: SqlExecutor,
  change: OrganisationUnitChange,
): Promise<void> => {
  switch (change.type) {
    case 'OrganisationUnitCreated':
      await tx.query(
        `INSERT INTO identity_organisation_units (unit_id, kind, name_zh, name_en) VALUES ($1, $2, $3, $4)
         ON CONFLICT (unit_id) DO NOTHING`,
        [change.data.unitId, change.data.kind, change.data.name.zh, change.data.name.en],
      );
      return;
    case 'OrganisationUnitRenamed':
      await tx.query('UPDATE identity_organisation_units SET name_zh = $2, name_en = $3 WHERE unit_id = $1', [
        change.data.unitId,
        change.data.name.zh,
        change.data.name.en,
      ]);
      return;
    case 'OrganisationUnitHotlineSet':
      await tx.query('UPDATE identity_organisation_units SET hotline = $2 WHERE unit_id = $1', [
        change.data.unitId,
        change.data.hotline === '' ? null : change.data.hotline,
      ]);
      return;
  }
};

/** The catalogue of departments, centres and receiving units, for pickers and for routing. */
export const organisationUnitsProjection: Projection = {
  name: ORGANISATION_UNITS_PROJECTION,
  eventTypes: ORGANISATION_UNIT_EVENT_TYPES,

  setup: setupOrganisationUnitsTable,

  async apply(recorded: RecordedEvent, tx: SqlExecutor) {
    await applyOrganisationUnitChange(tx, {
      type: recorded.type,
      data: recorded.data,
    } as OrganisationUnitChange);
  },

  async reset(tx) {
    await tx.query('DELETE FROM identity_organisation_units');
  },
};

export const listOrganisationUnits = async (
  db: SqlExecutor,
  kind?: OrganisationUnitKind,
): Promise<OrganisationUnitRow[]> => {
  const result =
    kind === undefined
      ? await db.query<Row>('SELECT * FROM identity_organisation_units ORDER BY kind, unit_id')
      : await db.query<Row>('SELECT * FROM identity_organisation_units WHERE kind = $1 ORDER BY unit_id', [
          kind,
        ]);
  return result.rows.map(toUnit);
};

export const findOrganisationUnits = async (
  db: SqlExecutor,
  unitIds: readonly string[],
): Promise<Map<string, OrganisationUnitRow>> => {
  if (unitIds.length === 0) return new Map();
  const result = await db.query<Row>(
    'SELECT * FROM identity_organisation_units WHERE unit_id = ANY($1::text[])',
    [[...unitIds]],
  );
  return new Map(result.rows.map((row) => [row.unit_id, toUnit(row)]));
};
