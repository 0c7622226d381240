import type { RequestCategory } from '@qinqing/appeals/domain';

/** Simple line pictures (no emoji font needed on the kiosk), one per category. */
const PATHS: Record<RequestCategory, string> = {
  policy: 'M14 6h22l8 8v28H14z M36 6v8h8 M20 22h18 M20 29h18 M20 36h12',
  'approval-permits': 'M10 40h36 M14 40V22 M24 40V22 M34 40V22 M42 40V22 M8 22h40L28 10z',
  financing: 'M28 8a20 20 0 1 0 0.01 0z M20 18l8 10 8-10 M28 28v14 M21 30h14 M21 36h14',
  'land-premises': 'M8 44V24l12-8v8l12-8v8l12-8v28z M14 36h6 M26 36h6 M38 36h4',
  talent:
    'M20 20a6 6 0 1 0 0.01 0z M36 20a6 6 0 1 0 0.01 0z M8 42c0-8 6-12 12-12s12 4 12 12 M26 34c2-3 6-4 10-4 6 0 12 4 12 12',
  'legal-rights': 'M28 8v34 M18 42h20 M12 16h32 M12 16l-6 14h12z M44 16l-6 14h12z',
  'market-order':
    'M8 20l4-10h32l4 10z M8 20c0 4 6 4 8 0 2 4 8 4 10 0 2 4 8 4 10 0 2 4 8 4 10 0 M12 24v18h32V24 M22 42V32h12v10',
  other: 'M10 12h36v24H24l-10 8v-8h-4z M20 24h.01 M28 24h.01 M36 24h.01',
};

export const CategoryIcon = ({ category }: { readonly category: RequestCategory }) => (
  <svg
    className="category-icon"
    viewBox="0 0 56 52"
    aria-hidden="true"
    fill="none"
    stroke="currentColor"
    strokeWidth="3"
    strokeLinecap="round"
    strokeLinejoin="round"
  >
    <path d={PATHS[category]} />
  </svg>
);
