import type { MyIntegrityFile, MyIntegrityRecord, PledgeView } from '@qinqing/credit/contracts';
import { useState } from 'react';
import { creditApi } from '../../api/creditApi';
import { useKioskPrefs } from '../../i18n/useKioskPrefs';
import { IdentifyEnterprise } from '../IdentifyEnterprise';
import { CreditOverview, type MyCases } from './CreditOverview';
import { ObjectionFlow } from './ObjectionFlow';
import { PledgeFlow } from './PledgeFlow';
import { RepairFlow } from './RepairFlow';

type View =
  | { readonly name: 'overview' }
  | { readonly name: 'objection'; readonly record: MyIntegrityRecord }
  | { readonly name: 'repair'; readonly record: MyIntegrityRecord }
  | { readonly name: 'pledge' }
  | { readonly name: 'done'; readonly title: string; readonly text: string };

/**
 * 我的企业信用: the walk-in identifies the enterprise (the code texted to its registered phone), then sees its
 * own integrity file and may object to a record, apply to repair one, or sign the integrity pledge.
 */
export const MyCreditScreen = ({ onDirty }: { readonly onDirty: (dirty: boolean) => void }) => {
  const { t } = useKioskPrefs();
  const [file, setFile] = useState<MyIntegrityFile | null>(null);
  const [cases, setCases] = useState<MyCases>({ objections: [], repairs: [] });
  const [pledges, setPledges] = useState<readonly PledgeView[]>([]);
  const [view, setView] = useState<View>({ name: 'overview' });
  const load = async () => {
    const [records, objections, repairs, signed] = await Promise.all([
      creditApi.myRecords(),
      creditApi.myObjections(),
      creditApi.myRepairs(),
      creditApi.myPledges(),
    ]);
    setCases({ objections: objections.items, repairs: repairs.items });
    setPledges(signed.pledges);
    setFile(records);
  };
  const finished = (title: string, text: string) => {
    onDirty(false);
    setView({ name: 'done', title, text });
    void load().catch(() => undefined);
  };
  const back = () => {
    onDirty(false);
    setView({ name: 'overview' });
  };

  if (file !== null && view.name === 'objection')
    return (
      <ObjectionFlow
        record={view.record}
        onDirty={onDirty}
        onCancel={back}
        onFiled={(answer) =>
          finished(t('objectionFiled'), t('objectionDue', { id: answer.objectionId, due: answer.dueOn }))
        }
      />
    );
  if (file !== null && view.name === 'repair')
    return (
      <RepairFlow
        record={view.record}
        onDirty={onDirty}
        onCancel={back}
        onApplied={(answer) =>
          finished(t('repairApplied'), t('repairDue', { id: answer.applicationId, due: answer.dueOn }))
        }
      />
    );
  if (file !== null && view.name === 'pledge')
    return (
      <PledgeFlow
        onDirty={onDirty}
        onCancel={back}
        onSigned={(pledge) =>
          finished(
            t('pledgeSigned'),
            t('pledgeSignedBy', {
              date: pledge.signedOn,
              name: pledge.signatory,
              position: pledge.signatoryPosition,
              version: pledge.textVersion,
            }),
          )
        }
      />
    );
  const latestPledge = pledges[0];
  return (
    // Focusable: the file scrolls when it is long (large text), and a keyboard must reach it too.
    <section className="screen liaison credit" aria-labelledby="credit-title" tabIndex={0}>
      <h1 id="credit-title">{view.name === 'done' ? view.title : t('creditTitle')}</h1>
      {file === null ? (
        <IdentifyEnterprise errorId="credit-error" onDirty={onDirty} onIdentified={load} />
      ) : view.name === 'done' ? (
        <>
          <p className="lead" role="status">
            {view.text}
          </p>
          <div className="actions">
            <button type="button" className="primary" onClick={back}>
              {t('backToCredit')}
            </button>
          </div>
        </>
      ) : (
        <CreditOverview
          file={file}
          cases={cases}
          actions={
            <div className="credit__pledge">
              {latestPledge === undefined ? null : (
                <p className="hint hint--ok">
                  ✓ {t('pledgeSigned')}：
                  {t('pledgeSignedBy', {
                    date: latestPledge.signedOn,
                    name: latestPledge.signatory,
                    position: latestPledge.signatoryPosition,
                    version: latestPledge.textVersion,
                  })}
                </p>
              )}
              <button type="button" className="secondary" onClick={() => setView({ name: 'pledge' })}>
                {t('pledgeTile')}
              </button>
            </div>
          }
          onObject={(record) => setView({ name: 'objection', record })}
          onRepair={(record) => setView({ name: 'repair', record })}
        />
      )}
    </section>
  );
};
