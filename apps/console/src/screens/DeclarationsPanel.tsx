import { type FormEvent, useState } from 'react';
import { useApiData } from '../api/useApiData';
import { useCommand } from '../api/useCommand';
import { ErrorNotice } from '../components/ErrorNotice';
import { SelectField, TextField } from '../components/FormField';
import { useText } from '../i18n/useText';

interface Declarations {
  readonly relations: readonly {
    readonly relationId: string;
    readonly relation: string;
    readonly name: string;
    readonly idNumberMasked: string;
    readonly ties: readonly { readonly creditCode: string; readonly kind: string }[];
  }[];
  readonly recusals: readonly { readonly recusalId: string; readonly enterpriseCreditCode: string }[];
}

const RELATIONS: readonly [string, string, string][] = [
  ['spouse', '配偶', 'Spouse'],
  ['child', '子女', 'Child'],
  ['child-spouse', '子女的配偶', "Child's spouse"],
  ['other-specific', '其他特定关系人', 'Other specific relation'],
];
const TIES: readonly [string, string, string][] = [
  ['shareholding', '持股', 'Shareholding'],
  ['position', '任职', 'Position'],
  ['business', '经营往来', 'Business dealings'],
];

/**
 * 特定关系人申报 (晋江 四): one's own declared relations (ID numbers masked) and recusals, a declaration form and
 * the withdrawal of a relation. Officials use it on 交往报备; department handlers and service staff on 申报与回避,
 * since what they declare also bars them from acting on that enterprise's requests.
 */
export const DeclarationsPanel = () => {
  const { tr } = useText();
  const declarations = useApiData<Declarations>('/liaison/declarations/mine');
  const command = useCommand();
  const [relation, setRelation] = useState({
    relation: 'spouse',
    name: '',
    idNumber: '',
    creditCode: '',
    kind: 'shareholding',
  });
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const setRel = (key: keyof typeof relation) => (value: string) =>
    setRelation((r) => ({ ...r, [key]: value }));
  const error = (field: string) => command.failure?.messageFor(field) ?? null;

  const declare = async (event: FormEvent) => {
    event.preventDefault();
    const done = await command.run('/liaison/declarations/relations', {
      method: 'POST',
      body: {
        relation: relation.relation,
        name: relation.name,
        idNumber: relation.idNumber,
        ties:
          relation.creditCode === ''
            ? []
            : [{ creditCode: relation.creditCode, kind: relation.kind, detail: '' }],
      },
    });
    if (done !== undefined) {
      setRelation((r) => ({ ...r, name: '', idNumber: '', creditCode: '' }));
      declarations.reload();
    }
  };
  const withdraw = async (relationId: string) => {
    const done = await command.run(`/liaison/declarations/relations/${relationId}/withdraw`, {
      method: 'POST',
      body: { reason: reasons[relationId] ?? '' },
    });
    if (done !== undefined) declarations.reload();
  };

  return (
    <section className="panel" aria-labelledby="declarations-heading">
      <h2 id="declarations-heading">{tr('特定关系人申报', 'Declared relations')}</h2>
      <ErrorNotice error={command.failure} />
      <ul className="integrity__list">
        {declarations.data.status === 'ready'
          ? declarations.data.data.relations.map((r) => (
              <li key={r.relationId}>
                <p>
                  {tr(
                    ...((RELATIONS.find(([k]) => k === r.relation) ?? ['', r.relation, r.relation]).slice(
                      1,
                    ) as [string, string]),
                  )}{' '}
                  · {r.name} · {r.idNumberMasked} · {r.ties.map((t) => t.creditCode).join('、')}
                </p>
                <div className="integrity__actions">
                  <label htmlFor={`withdraw-${r.relationId}`}>{tr('撤回原因', 'Reason to withdraw')}</label>
                  <input
                    id={`withdraw-${r.relationId}`}
                    value={reasons[r.relationId] ?? ''}
                    onChange={(e) => setReasons((all) => ({ ...all, [r.relationId]: e.target.value }))}
                  />
                  <button type="button" className="button" onClick={() => void withdraw(r.relationId)}>
                    {tr('撤回申报', 'Withdraw')}
                  </button>
                </div>
              </li>
            ))
          : null}
        {declarations.data.status === 'ready'
          ? declarations.data.data.recusals.map((r) => (
              <li key={r.recusalId}>
                {tr('已回避企业', 'Recused from')} · {r.enterpriseCreditCode}
              </li>
            ))
          : null}
      </ul>
      <form
        className="admin-form"
        noValidate
        aria-label={tr('申报特定关系人', 'Declare a relation')}
        onSubmit={(e) => void declare(e)}
      >
        <SelectField
          id="relation-kind"
          label={tr('关系', 'Relation')}
          value={relation.relation}
          onChange={setRel('relation')}
          options={RELATIONS.map(([value, zh, en]) => ({ value, label: tr(zh, en) }))}
        />
        <TextField
          id="relation-name"
          label={tr('姓名', 'Name')}
          value={relation.name}
          onChange={setRel('name')}
          error={error('name')}
          required
        />
        <TextField
          id="relation-id-number"
          label={tr('身份证号码（仅保存脱敏形式）', 'ID number (kept masked only)')}
          value={relation.idNumber}
          onChange={setRel('idNumber')}
          error={error('idNumber')}
          required
        />
        <TextField
          id="relation-credit-code"
          label={tr('关联企业统一社会信用代码', 'Enterprise credit code')}
          value={relation.creditCode}
          onChange={setRel('creditCode')}
          error={error('ties')}
        />
        <SelectField
          id="relation-tie"
          label={tr('关联方式', 'Tie')}
          value={relation.kind}
          onChange={setRel('kind')}
          options={TIES.map(([value, zh, en]) => ({ value, label: tr(zh, en) }))}
        />
        <button type="submit" className="button button--primary">
          {tr('申报', 'Declare')}
        </button>
      </form>
    </section>
  );
};
