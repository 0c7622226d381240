import {
  enterpriseIdOfStream,
  type EnterpriseDetails,
  type EnterpriseDetailsCorrected,
  type EnterpriseEvent,
  type EnterpriseRegistered,
  industryGroupOf,
  parseIndustryCode,
} from '@qinqing/liaison/domain';
import type { Projection, RecordedEvent, SqlExecutor } from '@qinqing/shared/event-sourcing';
import { insertEnterpriseRows, updateEnterpriseRows } from './directory-rows';
import { DIRECTORY_TABLE_DDL } from './directory.schema.sql';

/** The levels of a GB/T 2260 code: province (2 digits), city (4), county (6); a town keeps its 9. */
export const areaLevels = (areaCode: string) => ({
  area_province: areaCode.slice(0, 2),
  area_city: areaCode.slice(0, 4),
  area_county: areaCode.slice(0, 6),
});

const COLUMN_OF: Record<keyof EnterpriseDetails, string> = {
  name: 'name',
  areaCode: 'area_code',
  industry: 'industry',
  employees: 'employees',
  revenue: 'revenue',
  assets: 'assets',
  chambers: 'chambers',
  tags: 'tags',
  contactPhone: 'contact_phone',
};

const columnsOf = (details: Partial<EnterpriseDetails>): Record<string, unknown> => {
  const set: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(details) as [keyof EnterpriseDetails, unknown][]) {
    if (value === undefined) continue;
    set[COLUMN_OF[field]] = field === 'chambers' ? JSON.stringify(value) : value;
    if (field === 'areaCode') Object.assign(set, areaLevels(value as string));
  }
  return set;
};

/** The size-rule group of an industry code, even when an indicator is missing (null outside the rule). */
export const groupOfIndustry = (industry: string): string | null => {
  const parsed = parseIndustryCode(industry);
  if (!parsed.ok) return null;
  const group = industryGroupOf(parsed.value);
  return group.ok ? group.group : null;
};

/** The columns a registration fills, in the batch's insert: every column but the defaults'. */
export const registeredColumnsOf = (event: EnterpriseRegistered): Record<string, unknown> => {
  const { creditCode, size, registeredAt, registeredBy: _by, ...details } = event.data;
  return {
    credit_code: creditCode,
    ...columnsOf(details),
    industry_group: groupOfIndustry(details.industry),
    size: size?.size ?? null,
    registered_at: registeredAt,
    updated_at: registeredAt,
  };
};

/** The columns a correction sets. */
export const correctedColumnsOf = (event: EnterpriseDetailsCorrected): Record<string, unknown> => ({
  ...columnsOf(event.data.changes),
  ...(event.data.changes.industry === undefined
    ? {}
    : { industry_group: groupOfIndustry(event.data.changes.industry) }),
  size: event.data.size?.size ?? null,
  updated_at: event.data.correctedAt,
});

/** An enterprise stream's event, or null for any other stream's. */
const enterpriseEventOf = (recorded: RecordedEvent): EnterpriseEvent | null =>
  enterpriseIdOfStream(recorded.streamId) === null
    ? null
    : ({ type: recorded.type, data: recorded.data } as EnterpriseEvent);

/**
 * Folds a batch as `apply` would event by event, in three statements: the corrections of enterprises not
 * registered earlier in the batch (merged per enterprise, in order; a correction sets constants, so the last
 * of a column wins), then the batch's first registration of each enterprise with the corrections that followed
 * it folded in, then — for an enterprise the table already held (its registration did nothing) — those
 * corrections as updates of the row that is there.
 */
const applyBatch = async (events: readonly RecordedEvent[], tx: SqlExecutor): Promise<void> => {
  const before = new Map<string, Record<string, unknown>>();
  const registered = new Map<string, { row: Record<string, unknown>; after: Record<string, unknown> }>();
  for (const recorded of events) {
    const event = enterpriseEventOf(recorded);
    if (event?.type === 'EnterpriseRegistered') {
      const row = registeredColumnsOf(event);
      if (!registered.has(event.data.creditCode)) registered.set(event.data.creditCode, { row, after: {} });
    } else if (event?.type === 'EnterpriseDetailsCorrected') {
      const set = correctedColumnsOf(event);
      const fresh = registered.get(event.data.creditCode);
      if (fresh === undefined)
        before.set(event.data.creditCode, { ...before.get(event.data.creditCode), ...set });
      else fresh.after = { ...fresh.after, ...set };
    }
  }
  await updateEnterpriseRows(tx, before);
  const inserted = await insertEnterpriseRows(
    tx,
    [...registered.values()].map(({ row, after }) => ({ ...row, ...after })),
  );
  await updateEnterpriseRows(
    tx,
    new Map(
      [...registered].filter(([code]) => !inserted.has(code)).map(([code, { after }]) => [code, after]),
    ),
  );
};

/** 企业名录 as a table: registered enterprises, their corrections folded in. */
export const directoryProjection: Projection = {
  name: 'liaison-directory',
  eventTypes: ['EnterpriseRegistered', 'EnterpriseDetailsCorrected'],
  setup: async (db) => {
    for (const statement of DIRECTORY_TABLE_DDL) await db.query(statement);
  },
  // TRUNCATE, not DELETE: a fresh table for the rebuild, not one full of the dead rows of every earlier rebuild.
  reset: async (tx) => {
    await tx.query('TRUNCATE liaison_enterprises');
  },
  tables: ['liaison_enterprises'],
  apply: async (recorded: RecordedEvent, tx: SqlExecutor) => {
    const event = enterpriseEventOf(recorded);
    switch (event?.type) {
      case 'EnterpriseRegistered': {
        const set = registeredColumnsOf(event);
        const columns = Object.keys(set);
        await tx.query(
          `INSERT INTO liaison_enterprises (${columns.join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')})
           ON CONFLICT (credit_code) DO NOTHING`,
          Object.values(set),
        );
        return;
      }
      case 'EnterpriseDetailsCorrected': {
        const set = correctedColumnsOf(event);
        const columns = Object.keys(set);
        await tx.query(
          `UPDATE liaison_enterprises SET ${columns.map((c, i) => `${c} = $${i + 2}`).join(', ')} WHERE credit_code = $1`,
          [event.data.creditCode, ...Object.values(set)],
        );
        return;
      }
      default:
        return;
    }
  },
  applyBatch,
};
