import './report.css';

/** Every request leaves without credentials: no cookie of any session travels with a report or a follow-up. */
const post = async <T>(path: string, body: unknown): Promise<T> => {
  const response = await fetch(`/api/service-centre/misconduct-reports${path}`, {
    method: 'POST',
    credentials: 'omit',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const answer = (await response.json().catch(() => null)) as
    (T & { message?: { zh?: string; en?: string } }) | null;
  if (!response.ok)
    throw new Error(
      answer?.message === undefined
        ? `HTTP ${response.status}`
        : `${answer.message.zh ?? ''} ${answer.message.en ?? ''}`,
    );
  return answer as T;
};

const byId = <T extends HTMLElement>(id: string): T => {
  const element = document.getElementById(id);
  if (element === null) throw new Error(`index.html has no #${id}`);
  return element as T;
};
const value = (id: string) => byId<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(id).value;

const loadUnits = async () => {
  const response = await fetch('/api/service-centre/misconduct-reports/units', { credentials: 'omit' });
  const units = (await response.json()) as { unitId: string; name: { zh: string; en: string } }[];
  byId<HTMLSelectElement>('unit').replaceChildren(
    ...units.map((unit) => {
      const option = document.createElement('option');
      option.value = unit.unitId;
      option.textContent = `${unit.name.zh} · ${unit.name.en}`;
      return option;
    }),
  );
};

byId<HTMLFormElement>('report').addEventListener('submit', (event) => {
  event.preventDefault();
  const error = byId<HTMLParagraphElement>('report-error');
  error.textContent = '';
  void post<{ receiptCode: string }>('/anonymous', {
    category: value('category'),
    accused: {
      name: value('accused'),
      unitId: value('unit'),
      position: null,
      headsUnit: byId<HTMLInputElement>('head').checked,
    },
    description: value('description'),
    passphrase: value('passphrase'),
  }).then(
    ({ receiptCode }) => {
      byId<HTMLFormElement>('report').reset();
      byId('receipt-code').textContent = receiptCode;
      byId('receipt').hidden = false;
      byId('receipt').scrollIntoView();
    },
    (failure: unknown) => {
      error.textContent = failure instanceof Error ? failure.message : String(failure);
    },
  );
});

byId<HTMLFormElement>('follow').addEventListener('submit', (event) => {
  event.preventDefault();
  const error = byId<HTMLParagraphElement>('follow-error');
  const out = byId('answers');
  error.textContent = '';
  out.replaceChildren();
  void post<{ status: string; answers: { text: string; on: string }[] }>('/follow-up', {
    receiptCode: value('code'),
    passphrase: value('follow-passphrase'),
  }).then(
    (view) => {
      const status = document.createElement('p');
      status.textContent = `办理状态 Status：${{ received: '已收到，待登记 received', open: '办理中 open', concluded: '已办结 concluded' }[view.status] ?? view.status}`;
      const list = document.createElement('ul');
      for (const answer of view.answers) {
        const item = document.createElement('li');
        item.textContent = `${answer.on} ${answer.text}`;
        list.append(item);
      }
      out.replaceChildren(status, list);
    },
    (failure: unknown) => {
      error.textContent = failure instanceof Error ? failure.message : String(failure);
    },
  );
});

void loadUnits();
