/**
 * The directory read model: one row per enterprise. The area is kept at each level (province, city, county,
 * town) so that a filter on any level is an equality on an indexed column, paged by credit code; the contact
 * phone stays here and leaves masked.
 */
export const DIRECTORY_TABLE_DDL = [
  `
CREATE TABLE IF NOT EXISTS liaison_enterprises (
  credit_code text PRIMARY KEY,
  name text NOT NULL,
  area_code text NOT NULL,
  area_province text NOT NULL,
  area_city text NOT NULL,
  area_county text NOT NULL,
  industry text NOT NULL,
  industry_group text,
  size text,
  employees integer,
  revenue numeric,
  assets numeric,
  chambers jsonb NOT NULL DEFAULT '[]'::jsonb,
  tags text[] NOT NULL DEFAULT '{}',
  contact_phone text,
  registered_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
)`,
  'CREATE INDEX IF NOT EXISTS liaison_enterprises_province ON liaison_enterprises (area_province, credit_code)',
  'CREATE INDEX IF NOT EXISTS liaison_enterprises_city ON liaison_enterprises (area_city, credit_code)',
  'CREATE INDEX IF NOT EXISTS liaison_enterprises_county ON liaison_enterprises (area_county, credit_code)',
  'CREATE INDEX IF NOT EXISTS liaison_enterprises_town ON liaison_enterprises (area_code, credit_code)',
  'CREATE INDEX IF NOT EXISTS liaison_enterprises_group ON liaison_enterprises (industry_group, credit_code)',
  'CREATE INDEX IF NOT EXISTS liaison_enterprises_size ON liaison_enterprises (size, credit_code)',
  // Area and size together (the centre's "large enterprises of my district"): without these the planner walks
  // one filter's index in credit-code order and may read most of it before an area late in that order.
  'CREATE INDEX IF NOT EXISTS liaison_enterprises_city_size ON liaison_enterprises (area_city, size, credit_code)',
  'CREATE INDEX IF NOT EXISTS liaison_enterprises_county_size ON liaison_enterprises (area_county, size, credit_code)',
  'CREATE INDEX IF NOT EXISTS liaison_enterprises_tags ON liaison_enterprises USING gin (tags)',
  // A name prefix pages in name order (byte order, collation "C"): one index serves the LIKE and the order, so a
  // prefix whose enterprises sit late in credit-code order is not found by walking the whole code order.
  'DROP INDEX IF EXISTS liaison_enterprises_name',
  'CREATE INDEX IF NOT EXISTS liaison_enterprises_name_c ON liaison_enterprises ((name COLLATE "C"), credit_code)',
];
