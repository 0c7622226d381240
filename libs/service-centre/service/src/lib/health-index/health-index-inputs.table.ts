import {
  type HalfYear,
  halfYearOf,
  type IndicatorId,
  type IndicatorInputs,
  rangeOfHalfYear,
} from '@qinqing/service-centre/domain';
import { roundsByKey, type SqlExecutor, SumsByKey } from '@qinqing/shared/event-sourcing';

/**
 * What the 亲清健康指数 counts, per half year, area and indicator: a numerator and a base, added to as public
 * events arrive (in the inbox's transaction, so exactly once). Publishing a half year reads its rows only — one
 * per area and indicator — so the cost of publishing does not grow with the number of requests.
 *
 * An enterprise's area is the directory's (liaison's 企业名录); one the directory has not named yet counts under
 * the registering office's area in its credit code (characters 3–8), so nothing is left uncounted.
 */
export const HEALTH_INDEX_INPUTS_DDL = [
  `CREATE TABLE IF NOT EXISTS service_centre_health_inputs (
     period text NOT NULL,
     area_code text NOT NULL,
     indicator text NOT NULL,
     numerator double precision NOT NULL DEFAULT 0,
     base double precision NOT NULL DEFAULT 0,
     PRIMARY KEY (period, area_code, indicator)
   )`,
  `CREATE TABLE IF NOT EXISTS service_centre_health_enterprises (
     credit_code text PRIMARY KEY,
     area_code text NOT NULL
   )`,
  `CREATE TABLE IF NOT EXISTS service_centre_health_area_enterprises (
     area_code text PRIMARY KEY,
     enterprises integer NOT NULL
   )`,
  // What a later event about a request or a filing needs: the area it counts under, fixed at its filing.
  `CREATE TABLE IF NOT EXISTS service_centre_health_subjects (
     subject_id text PRIMARY KEY,
     area_code text NOT NULL
   )`,
  // Pairings (from liaison) and the half years in which each was visited, for pairings visited.
  `CREATE TABLE IF NOT EXISTS service_centre_health_pairings (
     pairing_id text PRIMARY KEY,
     area_code text NOT NULL,
     started_on text NOT NULL,
     ended_on text NULL
   )`,
  `CREATE TABLE IF NOT EXISTS service_centre_health_pairing_visits (
     pairing_id text NOT NULL,
     period text NOT NULL,
     PRIMARY KEY (pairing_id, period)
   )`,
  // Each enterprise's last request per category, for repeat requests.
  `CREATE TABLE IF NOT EXISTS service_centre_health_last_requests (
     credit_code text NOT NULL,
     category text NOT NULL,
     submitted_on text NOT NULL,
     PRIMARY KEY (credit_code, category)
   )`,
];

export const setupHealthIndexInputs = async (db: SqlExecutor): Promise<void> => {
  for (const statement of HEALTH_INDEX_INPUTS_DDL) await db.query(statement);
};

/** Adds to one indicator's numerator and base for the half year of `on` (YYYY-MM-DD, China). */
export const addToIndicator = async (
  tx: SqlExecutor,
  on: string,
  areaCode: string,
  indicator: IndicatorId,
  numerator: number,
  base: number,
): Promise<void> => {
  await tx.query(
    `INSERT INTO service_centre_health_inputs (period, area_code, indicator, numerator, base)
     VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (period, area_code, indicator)
     DO UPDATE SET numerator = service_centre_health_inputs.numerator + EXCLUDED.numerator,
                   base = service_centre_health_inputs.base + EXCLUDED.base`,
    [halfYearOf(on), areaCode, indicator, numerator, base],
  );
};

/** GB 32100-2015: characters 3–8 of a credit code are the registering office's administrative division. */
export const registrationArea = (creditCode: string): string => creditCode.slice(2, 8);

export const areaOfEnterprise = async (tx: SqlExecutor, creditCode: string): Promise<string> => {
  const { rows } = await tx.query<{ area_code: string }>(
    'SELECT area_code FROM service_centre_health_enterprises WHERE credit_code = $1',
    [creditCode],
  );
  return rows[0]?.area_code ?? registrationArea(creditCode);
};

/** An enterprise's county (6 digits), as the directory gives it. */
export interface EnterpriseLocation {
  readonly creditCode: string;
  readonly areaCode: string;
}

/**
 * Where enterprises are (their counties), and each county's count of them, moved for those that move: per round
 * of distinct enterprises (`roundsByKey`) a statement to read where they were, one to write where they are and one
 * for the counties' counts — a city's directory arrives a batch of hundreds at a time.
 */
export const locateEnterprises = async (
  tx: SqlExecutor,
  locations: readonly EnterpriseLocation[],
): Promise<void> => {
  for (const round of roundsByKey(locations, (location) => location.creditCode)) {
    const { rows } = await tx.query<{ credit_code: string; area_code: string }>(
      `SELECT credit_code, area_code FROM service_centre_health_enterprises
       WHERE credit_code = ANY ($1::text[]) ORDER BY credit_code FOR UPDATE`,
      [round.map((location) => location.creditCode)],
    );
    const before = new Map(rows.map((row) => [row.credit_code, row.area_code]));
    const moved = round.filter((location) => before.get(location.creditCode) !== location.areaCode);
    if (moved.length === 0) continue;
    await tx.query(
      `INSERT INTO service_centre_health_enterprises (credit_code, area_code)
       SELECT * FROM unnest($1::text[], $2::text[])
       ON CONFLICT (credit_code) DO UPDATE SET area_code = EXCLUDED.area_code`,
      [moved.map((location) => location.creditCode), moved.map((location) => location.areaCode)],
    );
    const counts = new SumsByKey<{ area: string }, 'enterprises'>(['enterprises']);
    for (const { creditCode, areaCode } of moved) {
      const was = before.get(creditCode);
      if (was !== undefined) counts.add(was, { area: was }, { enterprises: -1 });
      counts.add(areaCode, { area: areaCode }, { enterprises: 1 });
    }
    const changed = counts.changed();
    if (changed.length > 0)
      await tx.query(
        `INSERT INTO service_centre_health_area_enterprises (area_code, enterprises)
         SELECT * FROM unnest($1::text[], $2::integer[])
         ON CONFLICT (area_code) DO UPDATE
           SET enterprises = service_centre_health_area_enterprises.enterprises + EXCLUDED.enterprises`,
        [changed.map((c) => c.area), changed.map((c) => c.enterprises)],
      );
  }
};

export const rememberSubjectArea = async (
  tx: SqlExecutor,
  subjectId: string,
  areaCode: string,
): Promise<void> => {
  await tx.query(
    `INSERT INTO service_centre_health_subjects (subject_id, area_code) VALUES ($1, $2)
     ON CONFLICT (subject_id) DO NOTHING`,
    [subjectId, areaCode],
  );
};

export const areaOfSubject = async (tx: SqlExecutor, subjectId: string): Promise<string | null> => {
  const { rows } = await tx.query<{ area_code: string }>(
    'SELECT area_code FROM service_centre_health_subjects WHERE subject_id = $1',
    [subjectId],
  );
  return rows[0]?.area_code ?? null;
};

export const pairingStarted = async (
  tx: SqlExecutor,
  pairingId: string,
  areaCode: string,
  startedOn: string,
): Promise<void> => {
  await tx.query(
    `INSERT INTO service_centre_health_pairings (pairing_id, area_code, started_on) VALUES ($1, $2, $3)
     ON CONFLICT (pairing_id) DO NOTHING`,
    [pairingId, areaCode, startedOn],
  );
};

export const pairingEnded = async (tx: SqlExecutor, pairingId: string, endedOn: string): Promise<void> => {
  await tx.query('UPDATE service_centre_health_pairings SET ended_on = $2 WHERE pairing_id = $1', [
    pairingId,
    endedOn,
  ]);
};

export const pairingVisited = async (
  tx: SqlExecutor,
  pairingId: string,
  visitedOn: string,
): Promise<void> => {
  await tx.query(
    `INSERT INTO service_centre_health_pairing_visits (pairing_id, period) VALUES ($1, $2)
     ON CONFLICT DO NOTHING`,
    [pairingId, halfYearOf(visitedOn)],
  );
};

/**
 * A half year's inputs per area that had anything counted. City-wide indicators (the red/black board is the
 * city's) are kept under the area code `city` and given to every area; the per-thousand base is each area's
 * enterprises in the directory now.
 */
export const inputsOfHalfYear = async (
  db: SqlExecutor,
  period: HalfYear,
): Promise<ReadonlyMap<string, IndicatorInputs>> => {
  const { from, to } = rangeOfHalfYear(period);
  // Pairings active on any day of the half year, and those visited in it: bounded by the number of pairings.
  const { rows: pairings } = await db.query<{ area_code: string; active: number; visited: number }>(
    `SELECT p.area_code, count(*) AS active, count(v.pairing_id) AS visited
     FROM service_centre_health_pairings p
     LEFT JOIN service_centre_health_pairing_visits v ON v.pairing_id = p.pairing_id AND v.period = $1
     WHERE p.started_on <= $3 AND (p.ended_on IS NULL OR p.ended_on >= $2)
     GROUP BY p.area_code`,
    [period, from, to],
  );
  const { rows } = await db.query<{
    area_code: string;
    indicator: IndicatorId;
    numerator: number;
    base: number;
  }>(
    `SELECT area_code, indicator, numerator, base FROM service_centre_health_inputs
     WHERE period = $1 ORDER BY area_code, indicator`,
    [period],
  );
  const { rows: sizes } = await db.query<{ area_code: string; enterprises: number }>(
    'SELECT area_code, enterprises FROM service_centre_health_area_enterprises',
  );
  // Symposia count for the areas a centre serves (none held scores 0 there); other areas are not scored on it.
  const { rows: centreAreas } = await db.query<{ area_code: string }>(
    'SELECT DISTINCT area_code FROM service_centre_centre_areas',
  );
  const centreServes = new Set(centreAreas.map((c) => c.area_code));
  const enterprisesOf = new Map(sizes.map((s) => [s.area_code, Number(s.enterprises)]));
  const cityWide: Partial<Record<IndicatorId, { numerator: number; base: number }>> = {};
  const byArea = new Map<string, Partial<Record<IndicatorId, { numerator: number; base: number }>>>();
  for (const row of rows) {
    const input = { numerator: Number(row.numerator), base: Number(row.base) };
    if (row.area_code === CITY_WIDE) {
      cityWide[row.indicator] = input;
      continue;
    }
    const inputs = byArea.get(row.area_code) ?? {};
    inputs[row.indicator] = input;
    byArea.set(row.area_code, inputs);
  }
  for (const row of pairings) {
    const inputs = byArea.get(row.area_code) ?? {};
    inputs['pairings-visited'] = { numerator: Number(row.visited), base: Number(row.active) };
    byArea.set(row.area_code, inputs);
  }
  // Substantiated reports count per thousand of the area's enterprises — also when there were none.
  return new Map(
    [...byArea].map(([area, inputs]) => [
      area,
      {
        ...cityWide,
        ...inputs,
        ...(centreServes.has(area)
          ? { 'symposia-held': { numerator: inputs['symposia-held']?.numerator ?? 0, base: 1 } }
          : {}),
        'substantiated-reports': {
          numerator: inputs['substantiated-reports']?.numerator ?? 0,
          base: enterprisesOf.get(area) ?? 0,
        },
      },
    ]),
  );
};

export const CITY_WIDE = 'city';
