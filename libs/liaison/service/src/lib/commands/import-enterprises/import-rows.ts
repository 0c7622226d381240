import type { DetailField, EnterpriseTag } from '@qinqing/liaison/domain';
import { normaliseCreditCode } from '@qinqing/shared/chinese-ids';
import type { LocalizedMessage } from '@qinqing/shared/domain-kernel';
import type { SheetRows } from '@qinqing/shared/spreadsheet';

export type ImportField = 'creditCode' | DetailField;

/** Column headings centres use, in Chinese or English; units in brackets are ignored (从业人员（人）). */
const ALIASES: Readonly<Record<ImportField, readonly string[]>> = {
  creditCode: ['统一社会信用代码', '信用代码', 'creditcode', 'credit_code'],
  name: ['企业名称', '名称', 'name'],
  areaCode: ['登记地区', '登记地区代码', '行政区划代码', '所在地区代码', 'areacode', 'area'],
  industry: ['行业代码', '国民经济行业代码', '所属行业代码', 'industry'],
  employees: ['从业人员', '从业人数', 'employees'],
  revenue: ['营业收入', 'revenue'],
  assets: ['资产总额', 'assets'],
  chambers: ['所属商会', '商会', 'chambers'],
  tags: ['企业类别', '类别', 'tags'],
  contactPhone: ['联系电话', '联系人手机', '手机号码', 'contactphone', 'phone'],
};

export const REQUIRED_COLUMNS: readonly ImportField[] = ['creditCode', 'name', 'industry'];

const normaliseHeading = (heading: string): string =>
  heading
    .replace(/\s/gu, '')
    .replace(/[（(][^）)]*[)）]$/u, '')
    .toLowerCase();

const FIELD_OF_HEADING = new Map<string, ImportField>(
  (Object.entries(ALIASES) as [ImportField, readonly string[]][]).flatMap(([field, names]) =>
    names.map((name) => [normaliseHeading(name), field] as const),
  ),
);

const TAG_OF: Readonly<Record<string, EnterpriseTag>> = {
  重点骨干: 'key-backbone',
  重点骨干企业: 'key-backbone',
  'key-backbone': 'key-backbone',
  四新: 'four-new',
  四新企业: 'four-new',
  '“四新”企业': 'four-new',
  'four-new': 'four-new',
  高成长: 'high-growth',
  高成长性企业: 'high-growth',
  高成长企业: 'high-growth',
  'high-growth': 'high-growth',
  暂时困难: 'in-difficulty',
  暂时困难企业: 'in-difficulty',
  'in-difficulty': 'in-difficulty',
};

const LIST_SEPARATOR = /[;；,，、|]/u;

export interface RowProblem {
  readonly row: number;
  /** The heading as written in the file (or the field's key when the column is missing). */
  readonly column: string;
  readonly field: string;
  readonly code: string;
  readonly message: LocalizedMessage;
}

/** A data row turned into field values: only columns present and non-empty (an empty cell keeps a value). */
export interface ImportRow {
  readonly row: number;
  readonly creditCode: string;
  readonly values: Partial<Record<DetailField, unknown>>;
}

export interface ColumnMap {
  readonly columns: ReadonlyMap<ImportField, { readonly index: number; readonly heading: string }>;
  readonly ignored: readonly string[];
  readonly missing: readonly ImportField[];
}

export const mapColumns = (header: readonly string[]): ColumnMap => {
  const columns = new Map<ImportField, { index: number; heading: string }>();
  const ignored: string[] = [];
  header.forEach((heading, index) => {
    const field = FIELD_OF_HEADING.get(normaliseHeading(heading));
    if (field === undefined || columns.has(field)) {
      if (heading.trim() !== '') ignored.push(heading);
    } else columns.set(field, { index, heading });
  });
  return { columns, ignored, missing: REQUIRED_COLUMNS.filter((field) => !columns.has(field)) };
};

const problem = (
  row: number,
  column: string,
  field: string,
  code: string,
  zh: string,
  en: string,
): RowProblem => ({ row, column, field, code, message: { zh, en } });

/** Reads each row's cells into values, or the problems of its cells (row and column named). */
export const readRows = (sheet: SheetRows, map: ColumnMap): { rows: ImportRow[]; problems: RowProblem[] } => {
  const rows: ImportRow[] = [];
  const problems: RowProblem[] = [];
  const firstRowOf = new Map<string, number>();
  for (const { row, cells } of sheet.rows) {
    const rowProblems: RowProblem[] = [];
    const values: Partial<Record<DetailField, unknown>> = {};
    let creditCode = '';
    for (const [field, { index, heading }] of map.columns) {
      const cell = (cells[index] ?? '').trim();
      if (cell === '') {
        if (REQUIRED_COLUMNS.includes(field))
          rowProblems.push(
            problem(
              row,
              heading,
              field,
              'required',
              `“${heading}”不能为空`,
              `"${heading}" must not be empty`,
            ),
          );
        continue;
      }
      switch (field) {
        case 'creditCode':
          creditCode = normaliseCreditCode(cell);
          break;
        case 'employees':
        case 'revenue':
        case 'assets': {
          const text = cell.replace(/,/gu, '');
          const pattern = field === 'employees' ? /^\d{1,9}$/u : /^\d{1,12}(\.\d{1,4})?$/u;
          if (!pattern.test(text))
            rowProblems.push(
              problem(
                row,
                heading,
                field,
                'not-a-number',
                `“${heading}”须为不小于0的${field === 'employees' ? '整数' : '数（万元）'}，而不是“${cell}”`,
                `"${heading}" must be a ${field === 'employees' ? 'whole number' : 'number (万元)'} not below 0, not "${cell}"`,
              ),
            );
          else values[field] = Number(text);
          break;
        }
        case 'chambers':
          values.chambers = cell
            .split(LIST_SEPARATOR)
            .map((c) => c.trim())
            .filter((c) => c !== '');
          break;
        case 'tags': {
          const names = cell
            .split(LIST_SEPARATOR)
            .map((t) => t.trim())
            .filter((t) => t !== '');
          const unknown = names.find((name) => TAG_OF[name] === undefined);
          if (unknown !== undefined)
            rowProblems.push(
              problem(
                row,
                heading,
                field,
                'unknown-tag',
                `“${unknown}”不是企业类别（重点骨干、四新、高成长、暂时困难）`,
                `"${unknown}" is not a category (重点骨干, 四新, 高成长, 暂时困难)`,
              ),
            );
          else values.tags = [...new Set(names.map((name) => TAG_OF[name]))];
          break;
        }
        default:
          values[field] = cell;
      }
    }
    if (creditCode !== '') {
      const first = firstRowOf.get(creditCode);
      if (first !== undefined)
        rowProblems.push(
          problem(
            row,
            map.columns.get('creditCode')?.heading ?? 'creditCode',
            'creditCode',
            'duplicate-in-file',
            `统一社会信用代码 ${creditCode} 已在第${first}行出现`,
            `Credit code ${creditCode} already appears in row ${first}`,
          ),
        );
      else firstRowOf.set(creditCode, row);
    }
    if (rowProblems.length > 0) problems.push(...rowProblems);
    else rows.push({ row, creditCode, values });
  }
  return { rows, problems };
};
