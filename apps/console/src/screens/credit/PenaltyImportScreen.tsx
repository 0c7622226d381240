import type { PenaltyImportReport } from '@qinqing/credit/contracts';
import { type ChangeEvent, useState } from 'react';
import { useCommand } from '../../api/useCommand';
import { useText } from '../../i18n/useText';

interface ChosenFile {
  readonly name: string;
  readonly text: string;
}

/**
 * 导入行政处罚 (双公示 CSV): a dry run first, which decides every row and records nothing, shows the per-row
 * report; the officer then imports the same file. A file imported twice records its rows once.
 */
export const PenaltyImportScreen = () => {
  const { t, tr } = useText();
  const command = useCommand();
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [report, setReport] = useState<PenaltyImportReport | null>(null);
  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    setReport(null);
    command.clear();
    setFile(chosen === undefined ? null : { name: chosen.name, text: await chosen.text() });
  };
  const send = async (dryRun: boolean) => {
    if (file === null) return;
    const answer = await command.run<PenaltyImportReport>(`/credit/records/import?dryRun=${dryRun}`, {
      method: 'POST',
      raw: { text: file.text, contentType: 'text/csv; charset=utf-8' },
    });
    setReport(answer ?? null);
  };
  const failure = command.failure;
  return (
    <>
      <p>
        {tr(
          '列：行政相对人名称、统一社会信用代码、处罚决定书文号、处罚类别、处罚内容、处罚决定日期、处罚机关、数据来源、失信程度、处罚依据。',
          'Columns: the 双公示 items (行政相对人名称, 统一社会信用代码, 处罚决定书文号, 处罚类别, 处罚内容, 处罚决定日期, 处罚机关, 数据来源) and 失信程度, 处罚依据.',
        )}
      </p>
      <div className={failure === null ? 'field' : 'field field--invalid'}>
        <label htmlFor="import-file">{tr('CSV 文件（UTF-8）', 'CSV file (UTF-8)')}</label>
        <input
          id="import-file"
          type="file"
          accept=".csv,text/csv"
          aria-invalid={failure === null ? undefined : true}
          aria-describedby={failure === null ? undefined : 'import-file-error'}
          onChange={(event) => void choose(event)}
        />
        {failure === null ? null : (
          <p className="field__error" id="import-file-error" role="alert">
            {t(failure.problem.message)}
          </p>
        )}
      </div>
      <div className="action-form__buttons">
        <button
          type="button"
          className="button"
          disabled={file === null || command.busy}
          onClick={() => void send(true)}
        >
          {tr('试导入（不记录）', 'Dry run (records nothing)')}
        </button>
        {report?.dryRun === true && report.summary.created > 0 ? (
          <button
            type="button"
            className="button button--primary"
            disabled={command.busy}
            onClick={() => void send(false)}
          >
            {tr(`导入 ${report.summary.created} 条`, `Import ${report.summary.created} rows`)}
          </button>
        ) : null}
      </div>
      {command.busy ? <p role="status">{tr('处理中…', 'Working…')}</p> : null}
      {report === null ? null : <ImportReport report={report} />}
    </>
  );
};

const ImportReport = ({ report }: { readonly report: PenaltyImportReport }) => {
  const { t, tr } = useText();
  const { rows, created, unchanged, errors } = report.summary;
  return (
    <section className="panel" aria-labelledby="import-report-title">
      <h2 id="import-report-title">
        {report.dryRun
          ? tr('试导入结果（未记录）', 'Dry run report (nothing recorded)')
          : tr('导入结果', 'Import report')}
      </h2>
      <p role="status">
        {tr(
          `共 ${rows} 行：${report.dryRun ? '可记录' : '已记录'} ${created}，已存在 ${unchanged}，有问题 ${errors}。`,
          `${rows} rows: ${created} ${report.dryRun ? 'to record' : 'recorded'}, ${unchanged} already recorded, ${errors} with problems.`,
        )}
      </p>
      {report.ignoredColumns.length === 0 ? null : (
        <p className="muted">
          {tr('未读取的列：', 'Columns not read: ')}
          {report.ignoredColumns.join('、')}
        </p>
      )}
      {report.errors.length === 0 ? null : (
        <div className="table-wrap">
          <table className="import-errors">
            <caption>{tr('有问题的行（均未记录）', 'Rows with problems (none recorded)')}</caption>
            <thead>
              <tr>
                <th scope="col">{tr('行', 'Row')}</th>
                <th scope="col">{tr('列', 'Column')}</th>
                <th scope="col">{tr('问题', 'Problem')}</th>
              </tr>
            </thead>
            <tbody>
              {report.errors.map((problem) => (
                <tr key={`${problem.row}-${problem.field}-${problem.code}`}>
                  <td>{problem.row}</td>
                  <td>{problem.column}</td>
                  <td>{t(problem.message)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <RowList
        rows={report.created}
        heading={report.dryRun ? tr('可记录', 'To record') : tr('已记录', 'Recorded')}
      />
      <RowList rows={report.unchanged} heading={tr('已记录过（内容相同）', 'Recorded before, same facts')} />
    </section>
  );
};

const RowList = ({
  rows,
  heading,
}: {
  readonly rows: readonly { readonly row: number; readonly documentNumber: string }[];
  readonly heading: string;
}) => {
  const { tr } = useText();
  if (rows.length === 0) return null;
  return (
    <details>
      <summary>
        {heading}（{rows.length}）
      </summary>
      <ul className="plain-list">
        {rows.map((row) => (
          <li key={row.row}>
            {tr(`第${row.row}行`, `Row ${row.row}`)} · {row.documentNumber}
          </li>
        ))}
      </ul>
    </details>
  );
};
