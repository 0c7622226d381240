import { useText } from '../../i18n/useText';
import { statusChip } from './creditNames';

/** A record's status in words and colour; a positive record (no periods) shows 守信激励 instead. */
export const StatusChip = ({ status }: { readonly status: string | null }) => {
  const { t, tr } = useText();
  if (status === null) return <span className="chip chip--positive">{tr('守信激励', 'Commendation')}</span>;
  const chip = statusChip(status);
  return <span className={`chip chip--${chip.tone}`}>{t(chip.name)}</span>;
};
