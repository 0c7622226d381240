import type { RecordFactsInput } from '@qinqing/credit/domain';

/*
 * The 双公示 administrative-penalty data items (信用中国) a file carries, by heading, plus what a record needs and
 * the national set lacks: the severity (失信程度), on which the publication periods depend, and the legal basis
 * (处罚依据, an item of the fuller national standard). 数据来源 becomes the record's evidence reference.
 */
export type PenaltyColumn =
  | 'enterpriseName'
  | 'creditCode'
  | 'documentNumber'
  | 'penaltyCategory'
  | 'penaltyContent'
  | 'decidedOn'
  | 'issuingAuthority'
  | 'dataSource'
  | 'severity'
  | 'legalBasis';

/** The standard heading first (used when the column is missing), then the other names files use. */
const HEADINGS: Readonly<Record<PenaltyColumn, readonly string[]>> = {
  enterpriseName: ['行政相对人名称'],
  creditCode: ['统一社会信用代码', '行政相对人代码_1（统一社会信用代码）', '行政相对人代码_1'],
  documentNumber: ['处罚决定书文号', '行政处罚决定书文号'],
  penaltyCategory: ['处罚类别'],
  penaltyContent: ['处罚内容'],
  decidedOn: ['处罚决定日期'],
  issuingAuthority: ['处罚机关'],
  dataSource: ['数据来源', '数据来源单位'],
  severity: ['失信程度', '失信行为严重程度'],
  legalBasis: ['处罚依据'],
};

export const PENALTY_COLUMNS = Object.keys(HEADINGS) as PenaltyColumn[];

export const standardHeading = (column: string): string => HEADINGS[column as PenaltyColumn]?.[0] ?? column;

const normaliseHeading = (heading: string): string => heading.normalize('NFKC').replace(/\s/gu, '');

const COLUMN_OF_HEADING = new Map<string, PenaltyColumn>(
  PENALTY_COLUMNS.flatMap((column) =>
    HEADINGS[column].map((name) => [normaliseHeading(name), column] as const),
  ),
);

export interface PenaltyColumnMap {
  readonly columns: ReadonlyMap<PenaltyColumn, { readonly index: number; readonly heading: string }>;
  readonly ignored: readonly string[];
  /** Standard headings of the columns the file lacks; every column is required. */
  readonly missing: readonly string[];
}

export const mapPenaltyColumns = (header: readonly string[]): PenaltyColumnMap => {
  const columns = new Map<PenaltyColumn, { index: number; heading: string }>();
  const ignored: string[] = [];
  header.forEach((heading, index) => {
    const column = COLUMN_OF_HEADING.get(normaliseHeading(heading));
    if (column === undefined || columns.has(column)) ignored.push(heading);
    else columns.set(column, { index, heading });
  });
  const missing = PENALTY_COLUMNS.filter((column) => !columns.has(column)).map(standardHeading);
  return { columns, ignored, missing };
};

/** 轻微/一般/严重 as files write them, or the API's own words. */
const SEVERITY_OF: Readonly<Record<string, string>> = {
  轻微: 'minor',
  轻微失信: 'minor',
  一般: 'general',
  一般失信: 'general',
  严重: 'serious',
  严重失信: 'serious',
  minor: 'minor',
  general: 'general',
  serious: 'serious',
};

/** `2026/5/10`, `2026.5.10` and `2026年5月10日` as `2026-05-10`; anything else is left for the decider to refuse. */
export const normaliseDecisionDate = (value: string): string => {
  const match = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/u.exec(value.trim());
  if (match === null) return value.trim();
  return `${match[1]}-${(match[2] ?? '').padStart(2, '0')}-${(match[3] ?? '').padStart(2, '0')}`;
};

export interface PenaltyRow {
  readonly row: number;
  readonly documentNumber: string;
  readonly facts: RecordFactsInput;
}

/** A row as the facts of an administrative penalty; the decider checks and names what is wrong. */
export const penaltyRowOf = (
  map: PenaltyColumnMap,
  { row, cells }: { readonly row: number; readonly cells: readonly string[] },
): PenaltyRow => {
  const cell = (column: PenaltyColumn): string => {
    const at = map.columns.get(column);
    return at === undefined ? '' : (cells[at.index] ?? '').trim();
  };
  const severity = cell('severity');
  return {
    row,
    documentNumber: cell('documentNumber'),
    facts: {
      kind: 'administrative-penalty',
      severity: SEVERITY_OF[severity.toLowerCase()] ?? severity,
      issuingAuthority: cell('issuingAuthority'),
      decidedOn: normaliseDecisionDate(cell('decidedOn')),
      legalBasis: cell('legalBasis'),
      evidenceReference: cell('dataSource'),
      creditCode: cell('creditCode'),
      enterpriseName: cell('enterpriseName'),
      penaltyCategory: cell('penaltyCategory'),
      penaltyContent: cell('penaltyContent'),
    },
  };
};

/** The column a record field is read from, for the report. */
export const COLUMN_OF_FIELD: Readonly<Record<string, PenaltyColumn>> = {
  documentNumber: 'documentNumber',
  severity: 'severity',
  issuingAuthority: 'issuingAuthority',
  decidedOn: 'decidedOn',
  legalBasis: 'legalBasis',
  evidenceReference: 'dataSource',
  creditCode: 'creditCode',
  enterpriseName: 'enterpriseName',
  penaltyCategory: 'penaltyCategory',
  penaltyContent: 'penaltyContent',
};
