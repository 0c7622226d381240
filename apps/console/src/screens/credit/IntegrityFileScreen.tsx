import type { IntegrityFile, IntegrityFileEntry } from '@qinqing/credit/contracts';
import { useEffect, useState } from 'react';
import { queryString } from '../../api/apiClient';
import { useApiData } from '../../api/useApiData';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useText } from '../../i18n/useText';
import { hrefFor } from '../../session/useRoute';
import { CorrectionForm } from './CorrectionForm';
import { kindName, severityName } from './creditNames';
import { RecordForm } from './RecordForm';
import { RestrictionsPanel } from './RestrictionsPanel';
import { StatusChip } from './StatusChip';

type Editing =
  { readonly form: 'record' } | { readonly form: 'correct'; readonly documentNumber: string } | null;

/** 诚信档案: one enterprise's records with where each stands, recording a new one and correcting one. */
export const IntegrityFileScreen = ({
  creditCode,
  onTitle,
}: {
  readonly creditCode: string;
  readonly onTitle: (title: string) => void;
}) => {
  const { tr } = useText();
  const file = useApiData<IntegrityFile>(`/credit/records${queryString({ creditCode })}`);
  const [editing, setEditing] = useState<Editing>(null);
  const [done, setDone] = useState<string | null>(null);
  // The name as registered now (credit's replica of the directory), else as the latest record has it.
  const name =
    file.data.status === 'ready'
      ? (file.data.data.enterprise?.name ?? file.data.data.records[0]?.enterpriseName ?? null)
      : null;
  const title = `${tr('诚信档案', 'Integrity file')} · ${name ?? creditCode}`;
  useEffect(() => onTitle(title), [title, onTitle]);
  const finished = (message: string) => {
    setEditing(null);
    setDone(message);
    file.reload();
  };
  const correcting =
    editing?.form === 'correct' && file.data.status === 'ready'
      ? file.data.data.records.find((r) => r.documentNumber === editing.documentNumber)
      : undefined;
  return (
    <>
      <p>
        <a href={hrefFor({ screen: 'credit' })}>{tr('返回查找企业', 'Back to the enterprise search')}</a>
      </p>
      <p className="muted">
        {tr('统一社会信用代码', 'Credit code')} {creditCode}
      </p>
      {done === null ? null : (
        <p className="notice notice--ok" role="status">
          {done}
        </p>
      )}
      {editing?.form === 'record' ? (
        <RecordForm
          creditCode={creditCode}
          enterpriseName={name ?? ''}
          onRecorded={(documentNumber) =>
            finished(tr(`已记录 ${documentNumber}`, `Recorded ${documentNumber}`))
          }
          onCancel={() => setEditing(null)}
        />
      ) : (
        <button
          type="button"
          className="button button--primary"
          onClick={() => {
            setDone(null);
            setEditing({ form: 'record' });
          }}
        >
          {tr('记录信用信息', 'Record a decision')}
        </button>
      )}
      {correcting === undefined ? null : (
        <CorrectionForm
          key={correcting.documentNumber}
          entry={correcting}
          onCorrected={() =>
            finished(tr(`已更正 ${correcting.documentNumber}`, `Corrected ${correcting.documentNumber}`))
          }
          onCancel={() => setEditing(null)}
        />
      )}
      {file.data.status === 'loading' ? <p role="status">{tr('加载中…', 'Loading…')}</p> : null}
      {file.data.status === 'error' ? <ErrorNotice error={file.data.error} /> : null}
      {file.data.status === 'ready' ? (
        <RecordsTable
          file={file.data.data}
          onCorrect={(entry) => {
            setDone(null);
            setEditing({ form: 'correct', documentNumber: entry.documentNumber });
          }}
        />
      ) : null}
      <RestrictionsPanel creditCode={creditCode} />
    </>
  );
};

const RecordsTable = ({
  file,
  onCorrect,
}: {
  readonly file: IntegrityFile;
  readonly onCorrect: (entry: IntegrityFileEntry) => void;
}) => {
  const { t, tr } = useText();
  if (file.records.length === 0)
    return <p>{tr('该企业的诚信档案中暂无记录。', 'This enterprise’s integrity file holds no records.')}</p>;
  return (
    <div className="table-wrap">
      <table className="credit-records">
        <caption>
          {tr(
            `诚信档案（状态按 ${file.asOf} 计算，决定日期新者在前）`,
            `Records (status as of ${file.asOf}, newest first)`,
          )}
        </caption>
        <thead>
          <tr>
            <th scope="col">{tr('文书号', 'Document number')}</th>
            <th scope="col">{tr('类别 / 程度', 'Kind / severity')}</th>
            <th scope="col">{tr('作出决定的机关', 'Issuing authority')}</th>
            <th scope="col">{tr('决定日期', 'Decided on')}</th>
            <th scope="col">{tr('公示期', 'Publication')}</th>
            <th scope="col">{tr('状态', 'Status')}</th>
            <th scope="col">{tr('操作', 'Actions')}</th>
          </tr>
        </thead>
        <tbody>
          {file.records.map((entry) => (
            <tr key={entry.documentNumber}>
              <td>
                {entry.documentNumber}
                <div className="muted">
                  {entry.source === 'import' ? tr('批量导入', 'Imported') : tr('人工录入', 'Entered')}
                  {entry.corrections > 0
                    ? tr(` · 更正${entry.corrections}次`, ` · corrected ${entry.corrections}×`)
                    : ''}
                </div>
              </td>
              <td>
                {t(kindName(entry.kind))}
                {entry.severity === null ? null : (
                  <div className="muted">{t(severityName(entry.severity))}</div>
                )}
                {entry.penaltyCategory === null ? null : <div className="muted">{entry.penaltyCategory}</div>}
              </td>
              <td>{entry.issuingAuthority}</td>
              <td>{entry.decidedOn}</td>
              <td>
                {entry.disclosure === null
                  ? '—'
                  : entry.disclosure.publicUntil === null
                    ? tr('不公示', 'Not published')
                    : tr(`至 ${entry.disclosure.publicUntil}`, `until ${entry.disclosure.publicUntil}`)}
                {entry.disclosure === null ? null : (
                  <div className="muted">
                    {tr(
                      `${entry.disclosure.repairableFrom} 起可申请修复`,
                      `repairable from ${entry.disclosure.repairableFrom}`,
                    )}
                  </div>
                )}
              </td>
              <td>
                <StatusChip status={entry.disclosureStatus} />
              </td>
              <td>
                <button type="button" className="button" onClick={() => onCorrect(entry)}>
                  {tr('更正', 'Correct')}
                  <span className="visually-hidden"> {entry.documentNumber}</span>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
};
