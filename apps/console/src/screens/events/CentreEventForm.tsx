import type { CentreEventView } from '@qinqing/service-centre/contracts';
import { useState } from 'react';
import { useCommand } from '../../api/useCommand';
import { DateRangeFields } from '../../components/DateRangeFields';
import { ErrorNotice } from '../../components/ErrorNotice';
import { SelectField, TextAreaField, TextField } from '../../components/FormField';
import { useText } from '../../i18n/useText';
import { KIND_NAMES } from './centreEventNames';

/** `2026-12-10T14:00` in China time, as a datetime-local field shows it. */
const localOf = (iso: string): string => new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 16);
/** A datetime-local value taken as China time (UTC+8). */
const isoOf = (local: string): string => (local === '' ? '' : `${local}+08:00`);
const listOf = (text: string): string[] =>
  text
    .split(/[,，\s]+/u)
    .map((s) => s.trim())
    .filter((s) => s !== '');

/** Schedules an event, or changes one (`event` given): the API checks every value and names the field. */
export const CentreEventForm = ({
  event,
  onDone,
  onCancel,
}: {
  readonly event: CentreEventView | null;
  readonly onDone: (answer: CentreEventView) => void;
  readonly onCancel: () => void;
}) => {
  const { tr, lang } = useText();
  const command = useCommand();
  const [kind, setKind] = useState<string>(event?.kind ?? 'symposium');
  const [title, setTitle] = useState(event?.title ?? '');
  const [description, setDescription] = useState(event?.description ?? '');
  const [place, setPlace] = useState(event?.place ?? '');
  const [areaCode, setAreaCode] = useState(event?.areaCode ?? '');
  const [startsAt, setStartsAt] = useState(event === null ? '' : localOf(event.startsAt));
  const [endsAt, setEndsAt] = useState(event === null ? '' : localOf(event.endsAt));
  const [capacity, setCapacity] = useState(String(event?.capacity ?? 30));
  const [industries, setIndustries] = useState(event?.audience.industries.join(', ') ?? '');
  const [areas, setAreas] = useState(event?.audience.areaCodes.join(', ') ?? '');
  const [sizes, setSizes] = useState(event?.audience.sizes.join(', ') ?? '');
  const fail = command.failure;
  const submit = async () => {
    const answer = await command.run<CentreEventView>(
      event === null ? '/service-centre/events' : `/service-centre/events/${event.eventId}`,
      {
        method: event === null ? 'POST' : 'PUT',
        body: {
          kind,
          title,
          description,
          place,
          areaCode,
          startsAt: isoOf(startsAt),
          endsAt: isoOf(endsAt),
          capacity,
          audience: { industries: listOf(industries), areaCodes: listOf(areas), sizes: listOf(sizes) },
        },
      },
    );
    if (answer) onDone(answer);
  };
  return (
    <form
      className="panel centre-event-form form-grid"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h2>{event === null ? tr('新建活动', 'New event') : tr('修改活动', 'Change the event')}</h2>
      <SelectField
        id="event-kind"
        label={tr('活动类型', 'Kind')}
        value={kind}
        onChange={setKind}
        options={Object.entries(KIND_NAMES).map(([value, name]) => ({ value, label: name[lang] }))}
        error={fail?.messageFor('kind')}
      />
      <TextField
        id="event-title"
        label={tr('活动名称', 'Title')}
        value={title}
        onChange={setTitle}
        required
        error={fail?.messageFor('title')}
      />
      <TextAreaField
        id="event-description"
        label={tr('活动介绍', 'Description')}
        value={description}
        onChange={setDescription}
        error={fail?.messageFor('description')}
      />
      <TextField
        id="event-place"
        label={tr('地点', 'Place')}
        value={place}
        onChange={setPlace}
        required
        error={fail?.messageFor('place')}
      />
      <TextField
        id="event-area"
        label={tr('所在区域（行政区划代码）', 'Area (GB/T 2260 code)')}
        value={areaCode}
        onChange={setAreaCode}
        inputMode="numeric"
        required
        error={fail?.messageFor('areaCode')}
      />
      <DateRangeFields
        type="datetime-local"
        from={{
          id: 'event-starts',
          label: tr('开始时间（北京时间）', 'Starts (China time)'),
          value: startsAt,
          onChange: setStartsAt,
          error: fail?.messageFor('startsAt'),
        }}
        to={{
          id: 'event-ends',
          label: tr('结束时间（北京时间）', 'Ends (China time)'),
          value: endsAt,
          onChange: setEndsAt,
          error: fail?.messageFor('endsAt'),
        }}
      />
      <TextField
        id="event-capacity"
        label={tr('名额', 'Capacity')}
        value={capacity}
        onChange={setCapacity}
        inputMode="numeric"
        required
        error={fail?.messageFor('capacity')}
      />
      <fieldset>
        <legend>{tr('面向对象（留空为不限）', 'Audience (blank: everyone)')}</legend>
        <TextField
          id="event-industries"
          label={tr(
            '行业（国民经济行业分类门类或代码，如 C、C34）',
            'Industries (GB/T 4754 section or code, e.g. C, C34)',
          )}
          value={industries}
          onChange={setIndustries}
          error={fail?.messageFor('audience.industries')}
        />
        <TextField
          id="event-areas"
          label={tr('区域（行政区划代码前缀，如 330203）', 'Areas (GB/T 2260 prefixes, e.g. 330203)')}
          value={areas}
          onChange={setAreas}
          error={fail?.messageFor('audience.areaCodes')}
        />
        <TextField
          id="event-sizes"
          label={tr('规模（large、medium、small、micro）', 'Sizes (large, medium, small, micro)')}
          value={sizes}
          onChange={setSizes}
          error={fail?.messageFor('audience.sizes')}
        />
      </fieldset>
      <ErrorNotice error={fail} />
      <p className="actions">
        <button type="submit" className="button button--primary" disabled={command.busy}>
          {event === null ? tr('发布活动', 'Schedule') : tr('保存修改', 'Save')}
        </button>{' '}
        <button type="button" className="button" onClick={onCancel}>
          {tr('取消', 'Cancel')}
        </button>
      </p>
    </form>
  );
};
