import { SelectField } from '../../components/FormField';
import { useText } from '../../i18n/useText';

/** Two or three states of a list, as a labelled select (one control, keyboard-friendly). */
export const StatusSwitch = ({
  value,
  options,
  onChange,
}: {
  readonly value: string;
  readonly options: readonly (readonly [string, string])[];
  readonly onChange: (value: string) => void;
}) => {
  const { tr } = useText();
  return (
    <form className="filters" aria-label={tr('筛选', 'Filters')} onSubmit={(e) => e.preventDefault()}>
      <SelectField
        id="case-status"
        label={tr('状态', 'Status')}
        value={value}
        onChange={onChange}
        options={options.map(([v, label]) => ({ value: v, label }))}
      />
    </form>
  );
};
