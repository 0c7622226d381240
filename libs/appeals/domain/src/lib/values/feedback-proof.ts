/**
 * How the enterprise showed a rating or reopening was its own (DOMAIN.md §2: only the filing enterprise
 * gives feedback, 好差评): an identified walk-in session at a kiosk, the receipt code and the phone's last
 * four digits typed at a kiosk, or the same on the public track page (a phone following the receipt's QR
 * code). Staff sessions never give feedback, so there is no staff value.
 */
export const FEEDBACK_PROOFS = ['kiosk-walk-in', 'kiosk-receipt', 'track-page'] as const;
export type FeedbackProof = (typeof FEEDBACK_PROOFS)[number];
