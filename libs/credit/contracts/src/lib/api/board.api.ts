import { z } from 'zod';
import { pageLimit } from '@qinqing/shared/contracts-kit';
import { CREDIT_SEVERITIES } from './disclosure-period.query';
import { CREDIT_RECORD_KINDS } from './integrity-record.bodies';

export const BOARD_PAGE_MAX = 50;

/** `POST /api/credit/boards`: draft (or redraw) a period's board; the period's form follows the setting. */
export const draftBoardBody = z.object({
  period: z
    .string({ message: '请填写期别，如 2026-Q4 / period (e.g. 2026-Q4) is required' })
    .trim()
    .min(1, '请填写期别，如 2026-Q4 / period (e.g. 2026-Q4) is required')
    .max(20, '期别过长 / period too long'),
});

export type DraftBoardBody = z.infer<typeof draftBoardBody>;

const date = z.iso.date();

/** One line of a board: the decision and the enterprise; no evidence reference, no person's name. */
export const boardEntrySchema = z.object({
  creditCode: z.string().length(18),
  enterpriseName: z.string().min(1),
  documentNumber: z.string().min(1),
  kind: z.enum(CREDIT_RECORD_KINDS),
  severity: z.enum(CREDIT_SEVERITIES).nullable(),
  issuingAuthority: z.string().min(1),
  decidedOn: date,
  /** The last day of publication (black list); null on the red list. */
  publicUntil: date.nullable(),
});

export type BoardEntryView = z.infer<typeof boardEntrySchema>;

/** A board whole: a draft (credit officer only) or published. */
export interface BoardView {
  readonly boardId: string;
  readonly period: string;
  readonly firstDay: string;
  readonly lastDay: string;
  readonly status: 'draft' | 'published';
  /** The day the entries were computed (China). */
  readonly asOf: string;
  /** The day of publication; null for a draft. */
  readonly approvedOn: string | null;
  readonly red: readonly BoardEntryView[];
  readonly black: readonly BoardEntryView[];
}

/** `GET /api/credit/boards?after=&limit=`: published boards, newest period first; `after` is a board id. */
export const listBoardsQuery = z.object({
  after: z
    .string()
    .regex(
      /^board-[0-9A-Z-]{4,12}$/u,
      '翻页标记应为上一页最后的榜单编号 / after is the last board id of a page',
    )
    .optional(),
  limit: pageLimit({ defaultLimit: 20, max: BOARD_PAGE_MAX }),
});

export type ListBoardsQuery = z.infer<typeof listBoardsQuery>;

export interface BoardSummary {
  readonly boardId: string;
  readonly period: string;
  readonly approvedOn: string;
  readonly counts: { readonly red: number; readonly black: number };
}

export interface BoardPage {
  readonly items: readonly BoardSummary[];
  /** Pass as `after` for the next page; null on the last one. */
  readonly next: string | null;
}
