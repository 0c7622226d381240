import type { PolicyDetailsBody, PolicyView } from '@qinqing/service-centre/contracts';
import { useState } from 'react';
import { api, ApiError } from '../../api/apiClient';
import { DateRangeFields } from '../../components/DateRangeFields';
import { ErrorNotice } from '../../components/ErrorNotice';
import { TextAreaField, TextField } from '../../components/FormField';
import { useText } from '../../i18n/useText';

const SIZES = [
  ['large', '大型', 'large'],
  ['medium', '中型', 'medium'],
  ['small', '小型', 'small'],
  ['micro', '微型', 'micro'],
] as const;
const TAGS = [
  ['key-backbone', '重点骨干企业', 'key backbone'],
  ['four-new', '“四新”企业', '"four new"'],
  ['high-growth', '高成长企业', 'high growth'],
  ['in-difficulty', '暂时困难企业', 'in difficulty'],
] as const;

const list = (text: string): string[] =>
  text
    .split(/[\s,，、]+/u)
    .map((v) => v.trim())
    .filter((v) => v.length > 0);

/** A policy's details as the editor edits them (lists as text); the API and the decider check the values. */
export const PolicyForm = ({
  policy,
  onCancel,
  onSaved,
}: {
  readonly policy: PolicyView | null;
  readonly onCancel: () => void;
  readonly onSaved: (policyId: string) => void;
}) => {
  const { tr } = useText();
  const [title, setTitle] = useState(policy?.title ?? '');
  const [issuingBody, setIssuingBody] = useState(policy?.issuingBody ?? '');
  const [documentNumber, setDocumentNumber] = useState(policy?.documentNumber ?? '');
  const [effectiveOn, setEffectiveOn] = useState(policy?.effectiveOn ?? '');
  const [expiresOn, setExpiresOn] = useState(policy?.expiresOn ?? '');
  const [summary, setSummary] = useState(policy?.summary ?? '');
  const [fullText, setFullText] = useState(policy?.fullText ?? '');
  const [benefits, setBenefits] = useState((policy?.benefits ?? []).join('\n'));
  const [industries, setIndustries] = useState((policy?.criteria.industries ?? []).join(' '));
  const [areas, setAreas] = useState((policy?.criteria.areas ?? []).join(' '));
  const [sizes, setSizes] = useState<readonly string[]>(policy?.criteria.sizes ?? []);
  const [tags, setTags] = useState<readonly string[]>(policy?.criteria.tags ?? []);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const toggle = (values: readonly string[], value: string) =>
    values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
  const fieldError = (field: string) => error?.messageFor(field) ?? null;

  const save = async () => {
    const body = {
      title,
      issuingBody,
      documentNumber,
      effectiveOn,
      expiresOn: expiresOn === '' ? null : expiresOn,
      summary,
      fullText,
      benefits: benefits.split('\n').filter((b) => b.trim().length > 0),
      criteria: { industries: list(industries), areas: list(areas), sizes, tags },
    } as PolicyDetailsBody;
    setBusy(true);
    try {
      const answer = await api<{ policyId: string }>(
        policy === null ? '/service-centre/policies' : `/service-centre/policies/${policy.policyId}`,
        { method: policy === null ? 'POST' : 'PUT', body },
      );
      onSaved(answer.policyId);
    } catch (caught) {
      if (caught instanceof ApiError) setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="policy-form"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <TextField
        id="policy-title"
        label={tr('标题', 'Title')}
        value={title}
        onChange={setTitle}
        required
        error={fieldError('title')}
      />
      <TextField
        id="policy-issuing-body"
        label={tr('发文机关', 'Issuing body')}
        value={issuingBody}
        onChange={setIssuingBody}
        error={fieldError('issuingBody')}
      />
      <TextField
        id="policy-document-number"
        label={tr('文号', 'Document number')}
        value={documentNumber}
        onChange={setDocumentNumber}
        error={fieldError('documentNumber')}
      />
      <DateRangeFields
        from={{
          id: 'policy-effective-on',
          label: tr('生效日期', 'Effective on'),
          value: effectiveOn,
          onChange: setEffectiveOn,
          required: true,
          error: fieldError('effectiveOn'),
        }}
        to={{
          id: 'policy-expires-on',
          label: tr('失效日期（可空）', 'Expires on (optional)'),
          value: expiresOn,
          onChange: setExpiresOn,
          error: fieldError('expiresOn'),
        }}
      />
      <TextAreaField
        id="policy-summary"
        label={tr('摘要', 'Summary')}
        value={summary}
        onChange={setSummary}
        rows={3}
        error={fieldError('summary')}
      />
      <TextAreaField
        id="policy-benefits"
        label={tr('优惠内容（每行一项）', 'Benefits (one a line)')}
        value={benefits}
        onChange={setBenefits}
        rows={3}
        error={fieldError('benefits')}
      />
      <TextAreaField
        id="policy-full-text"
        label={tr('全文', 'Full text')}
        value={fullText}
        onChange={setFullText}
        rows={6}
        error={fieldError('fullText')}
      />
      <fieldset className="policy-form__criteria">
        <legend>{tr('适用条件（均为“任一”，留空不限）', 'Criteria (each "any of"; empty: any)')}</legend>
        <TextField
          id="policy-industries"
          label={tr('行业代码（GB/T 4754，如 C 或 C35）', 'Industry codes (GB/T 4754, e.g. C or C35)')}
          value={industries}
          onChange={setIndustries}
          error={fieldError('criteria.industries')}
        />
        <TextField
          id="policy-areas"
          label={tr(
            '区划代码（GB/T 2260，如 330200 或 330203）',
            'Area codes (GB/T 2260, e.g. 330200 or 330203)',
          )}
          value={areas}
          onChange={setAreas}
          error={fieldError('criteria.areas')}
        />
        <fieldset>
          <legend>{tr('企业规模', 'Size class')}</legend>
          {SIZES.map(([value, zh, en]) => (
            <label key={value} className="check">
              <input
                type="checkbox"
                checked={sizes.includes(value)}
                onChange={() => setSizes(toggle(sizes, value))}
              />
              {tr(zh, en)}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{tr('企业类别', 'Tags')}</legend>
          {TAGS.map(([value, zh, en]) => (
            <label key={value} className="check">
              <input
                type="checkbox"
                checked={tags.includes(value)}
                onChange={() => setTags(toggle(tags, value))}
              />
              {tr(zh, en)}
            </label>
          ))}
        </fieldset>
      </fieldset>
      <ErrorNotice error={error} />
      <p className="actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {policy === null ? tr('保存草稿', 'Save the draft') : tr('保存修改', 'Save the changes')}
        </button>{' '}
        <button type="button" className="button" onClick={onCancel}>
          {tr('取消', 'Cancel')}
        </button>
      </p>
    </form>
  );
};
