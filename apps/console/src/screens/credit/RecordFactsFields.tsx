import type { IntegrityFileEntry } from '@qinqing/credit/contracts';
import type { Bilingual } from '../../i18n/LocaleContext';
import { useText } from '../../i18n/useText';
import { SelectField, TextAreaField, TextField } from '../../components/FormField';
import { CREDIT_RECORD_KINDS, CREDIT_SEVERITIES } from '@qinqing/credit/contracts';
import { isNegativeKind, KIND_NAMES, SEVERITY_NAMES } from './creditNames';

/** A record's facts as the forms hold them: text as typed, turned into a body when sent. */
export interface RecordFacts {
  readonly kind: string;
  readonly severity: string;
  readonly issuingAuthority: string;
  readonly decidedOn: string;
  readonly legalBasis: string;
  readonly evidenceReference: string;
  readonly enterpriseName: string;
  readonly penaltyCategory: string;
  readonly penaltyContent: string;
}

export const EMPTY_FACTS: RecordFacts = {
  kind: 'administrative-penalty',
  severity: '',
  issuingAuthority: '',
  decidedOn: '',
  legalBasis: '',
  evidenceReference: '',
  enterpriseName: '',
  penaltyCategory: '',
  penaltyContent: '',
};

/**
 * The facts as the API takes them: a severity only for a negative kind, 处罚类别 and 处罚内容 only for an
 * administrative penalty (null otherwise, so a correction to another kind clears them).
 */
export const factsBody = (facts: RecordFacts) => {
  const penalty = facts.kind === 'administrative-penalty';
  return {
    kind: facts.kind,
    severity: isNegativeKind(facts.kind) ? facts.severity : null,
    issuingAuthority: facts.issuingAuthority,
    decidedOn: facts.decidedOn,
    legalBasis: facts.legalBasis,
    evidenceReference: facts.evidenceReference,
    enterpriseName: facts.enterpriseName,
    penaltyCategory: penalty ? facts.penaltyCategory : null,
    penaltyContent: penalty ? facts.penaltyContent : null,
  };
};

/** A recorded entry's facts as the form holds them. */
export const factsOf = (entry: IntegrityFileEntry): RecordFacts => ({
  kind: entry.kind,
  severity: entry.severity ?? '',
  issuingAuthority: entry.issuingAuthority,
  decidedOn: entry.decidedOn,
  legalBasis: entry.legalBasis,
  evidenceReference: entry.evidenceReference,
  enterpriseName: entry.enterpriseName,
  penaltyCategory: entry.penaltyCategory ?? '',
  penaltyContent: entry.penaltyContent ?? '',
});

/** The fields whose value the officer changed: a correction names only those (nothing is erased). */
export const changesOf = (before: RecordFacts, after: RecordFacts) => {
  const was = factsBody(before);
  const now = factsBody(after);
  return Object.fromEntries(
    (Object.keys(now) as (keyof typeof now)[]).filter((k) => now[k] !== was[k]).map((k) => [k, now[k]]),
  );
};

/** The fields the form shows for this kind. */
export const shownFacts = (facts: RecordFacts): (keyof RecordFacts)[] =>
  (Object.keys(EMPTY_FACTS) as (keyof RecordFacts)[]).filter((name) =>
    name === 'severity'
      ? isNegativeKind(facts.kind)
      : name === 'penaltyCategory' || name === 'penaltyContent'
        ? facts.kind === 'administrative-penalty'
        : true,
  );

/**
 * The fields of a record, shared by recording and correcting: severity appears for negative kinds only, the
 * penalty's category and content for administrative penalties only. `errorFor` gives the server's message.
 */
export const RecordFactsFields = ({
  idPrefix,
  facts,
  onChange,
  errorFor,
}: {
  readonly idPrefix: string;
  readonly facts: RecordFacts;
  readonly onChange: (facts: RecordFacts) => void;
  readonly errorFor: (field: keyof RecordFacts) => Bilingual | null;
}) => {
  const { t, tr } = useText();
  const field = (name: keyof RecordFacts) => ({
    id: `${idPrefix}-${name}`,
    value: facts[name],
    onChange: (value: string) => onChange({ ...facts, [name]: value }),
    error: errorFor(name),
  });
  return (
    <>
      <SelectField
        {...field('kind')}
        label={tr('信息类别', 'Kind')}
        required
        options={CREDIT_RECORD_KINDS.map((kind) => ({ value: kind, label: t(KIND_NAMES[kind]) }))}
      />
      {isNegativeKind(facts.kind) ? (
        <SelectField
          {...field('severity')}
          label={tr('失信程度', 'Severity')}
          required
          options={[
            { value: '', label: tr('请选择', 'Choose') },
            ...CREDIT_SEVERITIES.map((severity) => ({ value: severity, label: t(SEVERITY_NAMES[severity]) })),
          ]}
        />
      ) : null}
      <TextField {...field('issuingAuthority')} label={tr('作出决定的机关', 'Issuing authority')} required />
      <TextField {...field('decidedOn')} type="date" label={tr('决定日期', 'Decision date')} required />
      <TextField {...field('enterpriseName')} label={tr('企业名称', 'Enterprise name')} required />
      <TextAreaField {...field('legalBasis')} rows={2} label={tr('法律依据', 'Legal basis')} required />
      <TextField
        {...field('evidenceReference')}
        label={tr('证据材料索引', 'Evidence reference')}
        hint={tr('内部案卷编号，不对外公开', 'The internal case file; never published')}
        required
      />
      {facts.kind === 'administrative-penalty' ? (
        <>
          <TextField {...field('penaltyCategory')} label={tr('处罚类别', 'Penalty category')} required />
          <TextAreaField
            {...field('penaltyContent')}
            rows={2}
            label={tr('处罚内容', 'Penalty content')}
            required
          />
        </>
      ) : null}
    </>
  );
};
