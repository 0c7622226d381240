import { STAFF_CHANNELS, submitRequestBody } from '@qinqing/appeals/contracts';
import { REQUEST_CATEGORIES } from '@qinqing/appeals/domain';
import { validateMainlandMobileNumber, validateUnifiedSocialCreditCode } from '@qinqing/shared/chinese-ids';
import { type FormEvent, useRef, useState } from 'react';
import { api, ApiError } from '../api/apiClient';
import { type FieldErrors, validateWith } from '../api/validation';
import { ErrorNotice } from '../components/ErrorNotice';
import { SelectField, TextAreaField, TextField } from '../components/FormField';
import { categoryName, channelName, PRIORITY_NAMES } from '../components/names';
import type { Bilingual } from '../i18n/LocaleContext';
import { useText } from '../i18n/useText';
import { hrefFor } from '../session/useRoute';

interface Draft {
  creditCode: string;
  enterpriseName: string;
  contactName: string;
  phone: string;
  category: string;
  priority: 'normal' | 'urgent';
  channel: string;
  title: string;
  description: string;
}

const EMPTY: Draft = {
  creditCode: '',
  enterpriseName: '',
  contactName: '',
  phone: '',
  category: '',
  priority: 'normal',
  channel: 'staff-walk-in',
  title: '',
  description: '',
};

/** Form field name → the body path the schema and the API use. */
const PATHS: Record<keyof Draft, string> = {
  creditCode: 'enterprise.creditCode',
  enterpriseName: 'enterprise.name',
  contactName: 'contact.name',
  phone: 'contact.phone',
  category: 'category',
  priority: 'priority',
  channel: 'channel',
  title: 'title',
  description: 'description',
};

interface Filed {
  readonly requestId: string;
  readonly receiptCode: string;
}

/** Checks an identifier as it is typed, once something is typed, with the chinese-ids messages. */
const asTyped = (value: string, validate: (input: string) => { ok: boolean; message?: Bilingual }) => {
  if (value.trim() === '') return null;
  const result = validate(value);
  return result.ok ? null : (result.message ?? null);
};

/** Service staff file a request for a walk-in or a caller (POST /api/appeals/requests with a channel). */
export const FileRequestScreen = () => {
  const { t, tr } = useText();
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [filed, setFiled] = useState<Filed | null>(null);
  const [busy, setBusy] = useState(false);
  // One key per filing attempt: a retried submit after a lost answer does not file twice.
  const idempotencyKey = useRef(crypto.randomUUID());
  const set = (key: keyof Draft) => (value: string) => setDraft((d) => ({ ...d, [key]: value }));

  const body = {
    enterprise: { creditCode: draft.creditCode, name: draft.enterpriseName },
    contact: { name: draft.contactName, phone: draft.phone },
    category: draft.category,
    priority: draft.priority,
    title: draft.title,
    description: draft.description,
    channel: draft.channel,
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems = validateWith(submitRequestBody, body);
    setErrors(problems);
    setFailure(null);
    if (Object.keys(problems).length > 0) {
      const first = (Object.keys(PATHS) as (keyof Draft)[]).find((k) => problems[PATHS[k]] !== undefined);
      if (first !== undefined) document.getElementById(`file-${first}`)?.focus();
      return;
    }
    setBusy(true);
    try {
      const answer = await api<Filed>('/appeals/requests', {
        method: 'POST',
        body,
        headers: { 'Idempotency-Key': idempotencyKey.current },
      });
      setFiled(answer);
      setDraft(EMPTY);
      idempotencyKey.current = crypto.randomUUID();
    } catch (caught) {
      if (caught instanceof ApiError) {
        const fieldErrors = Object.fromEntries(
          Object.values(PATHS).flatMap((path) => {
            const message = caught.messageFor(path);
            return message === null ? [] : [[path, message]];
          }),
        );
        setErrors(fieldErrors);
        setFailure(Object.keys(fieldErrors).length > 0 ? null : caught);
      }
    } finally {
      setBusy(false);
    }
  };

  const error = (key: keyof Draft): Bilingual | null => {
    if (key === 'creditCode')
      return asTyped(draft.creditCode, validateUnifiedSocialCreditCode) ?? errors[PATHS[key]] ?? null;
    if (key === 'phone')
      return asTyped(draft.phone, validateMainlandMobileNumber) ?? errors[PATHS[key]] ?? null;
    // The enum's own message is not bilingual; a missing category gets ours.
    if (key === 'category' && errors[PATHS[key]] !== undefined)
      return { zh: '请选择类别', en: 'Choose a category' };
    return errors[PATHS[key]] ?? null;
  };
  const field = (key: keyof Draft, label: string) => ({
    id: `file-${key}`,
    label,
    value: draft[key],
    onChange: set(key),
    error: error(key),
    required: true,
  });

  return (
    <>
      {filed === null ? null : (
        <div className="notice notice--ok" role="status">
          <p>
            {tr('已登记，回执码', 'Filed. Receipt code')}{' '}
            <strong className="receipt">{filed.receiptCode}</strong>
            {tr('（请告知企业，用于查询和评价）', ' (give it to the enterprise to track and rate)')}
          </p>
          <p>
            <a href={hrefFor({ screen: 'detail', requestId: filed.requestId })}>
              {tr('打开该诉求，转办给承办部门', 'Open it to hand it to a department')}
            </a>
          </p>
        </div>
      )}
      <form className="form-grid" onSubmit={(event) => void submit(event)} noValidate>
        <fieldset>
          <legend>{tr('企业', 'Enterprise')}</legend>
          <TextField
            {...field('creditCode', tr('统一社会信用代码', 'Unified social credit code'))}
            hint={tr('18位，边输入边校验', '18 characters, checked as you type')}
          />
          <TextField {...field('enterpriseName', tr('企业名称', 'Enterprise name'))} />
        </fieldset>
        <fieldset>
          <legend>{tr('联系人', 'Contact')}</legend>
          <TextField {...field('contactName', tr('联系人姓名', 'Contact name'))} />
          <TextField {...field('phone', tr('手机号码', 'Mobile number'))} type="tel" inputMode="tel" />
        </fieldset>
        <fieldset>
          <legend>{tr('诉求', 'Request')}</legend>
          <SelectField
            {...field('channel', tr('受理渠道', 'Channel'))}
            options={STAFF_CHANNELS.map((c) => ({ value: c, label: t(channelName(c)) }))}
          />
          <SelectField
            {...field('category', tr('类别', 'Category'))}
            options={[
              { value: '', label: tr('请选择类别', 'Choose a category') },
              ...REQUEST_CATEGORIES.map((c) => ({ value: c, label: t(categoryName(c)) })),
            ]}
          />
          <SelectField
            {...field('priority', tr('优先级', 'Priority'))}
            options={(['normal', 'urgent'] as const).map((p) => ({ value: p, label: t(PRIORITY_NAMES[p]) }))}
          />
          <TextField {...field('title', tr('标题', 'Title'))} />
          <TextAreaField {...field('description', tr('诉求内容', 'Description'))} rows={5} />
        </fieldset>
        <ErrorNotice error={failure} />
        <div>
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? tr('提交中…', 'Filing…') : tr('登记诉求', 'File the request')}
          </button>
        </div>
      </form>
    </>
  );
};
