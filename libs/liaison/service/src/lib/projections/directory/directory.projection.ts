import {
  enterpriseIdOfStream,
  type EnterpriseDetails,
  type EnterpriseEvent,
  industryGroupOf,
  parseIndustryCode,
} from '@qinqing/liaison/domain';
import type { Projection, RecordedEvent, SqlExecutor } from '@qinqing/shared/event-sourcing';
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
    if (enterpriseIdOfStream(recorded.streamId) === null) return;
    const event = { type: recorded.type, data: recorded.data } as EnterpriseEvent;
    switch (event.type) {
      case 'EnterpriseRegistered': {
        const { creditCode, size, registeredAt, registeredBy: _by, ...details } = event.data;
        const set = {
          credit_code: creditCode,
          ...columnsOf(details),
          industry_group: groupOfIndustry(details.industry),
          size: size?.size ?? null,
          registered_at: registeredAt,
          updated_at: registeredAt,
        };
        const columns = Object.keys(set);
        await tx.query(
          `INSERT INTO liaison_enterprises (${columns.join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')})
           ON CONFLICT (credit_code) DO NOTHING`,
          Object.values(set),
        );
        return;
      }
      case 'EnterpriseDetailsCorrected': {
        const set = {
          ...columnsOf(event.data.changes),
          ...(event.data.changes.industry === undefined
            ? {}
            : { industry_group: groupOfIndustry(event.data.changes.industry) }),
          size: event.data.size?.size ?? null,
          updated_at: event.data.correctedAt,
        };
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
};
