import { Chime } from './chime';
import { h } from './dom';
import './display.css';

interface Words {
  readonly zh: string;
  readonly en: string;
}

/** What the service sends (GET /api/service-centre/queue/display/<centre> and its event stream). */
interface Display {
  readonly centre: Words;
  readonly callSeq: number;
  readonly calling: readonly { seq: number; number: string; counter: Words; at: string }[];
  readonly services: readonly {
    serviceId: string;
    name: Words;
    waiting: number;
    next: readonly string[];
    estimatedWaitMinutes: number | null;
  }[];
  readonly waiting: number;
}

const byId = (id: string): HTMLElement => {
  const element = document.getElementById(id);
  if (element === null) throw new Error(`#${id} is missing`);
  return element;
};

const both = (words: Words, className = ''): HTMLElement =>
  h(
    'span',
    { class: `both ${className}`.trim() },
    words.zh,
    ' ',
    h('span', { class: 'en', lang: 'en' }, words.en),
  );

const centreId = decodeURIComponent(location.pathname.replace(/^\/display\/?/u, '').split('/')[0] ?? '');
const chime = new Chime();
let lastSeq: number | null = null;

const render = (display: Display): void => {
  document.title = `叫号屏 · ${display.centre.zh}`;
  byId('centre').replaceChildren(both(display.centre));
  const [latest, ...earlier] = display.calling;
  const now = byId('now');
  now.dataset.callSeq = String(display.callSeq);
  now.replaceChildren(
    latest === undefined
      ? h(
          'p',
          { class: 'now__idle' },
          '请留意叫号 ',
          h('span', { class: 'en', lang: 'en' }, 'Please wait for your number'),
        )
      : h(
          'div',
          { class: 'now__call' },
          h('p', { class: 'now__number' }, latest.number),
          h(
            'p',
            { class: 'now__counter' },
            `请到 ${latest.counter.zh}`,
            h('span', { class: 'en', lang: 'en' }, `Please go to ${latest.counter.en}`),
          ),
        ),
  );
  byId('earlier').replaceChildren(
    ...earlier
      .slice(0, 4)
      .map((call) =>
        h('li', {}, h('span', { class: 'earlier__number' }, call.number), h('span', {}, call.counter.zh)),
      ),
  );
  byId('services').replaceChildren(
    ...display.services.map((service) =>
      h(
        'tr',
        {},
        h('th', { scope: 'row' }, both(service.name)),
        h('td', { class: 'next' }, service.next.length === 0 ? '—' : service.next.join('  ')),
        h('td', { class: 'num' }, String(service.waiting)),
        h(
          'td',
          { class: 'num' },
          service.estimatedWaitMinutes === null
            ? h('span', { class: 'closed' }, '暂停')
            : `${service.estimatedWaitMinutes} 分钟`,
        ),
      ),
    ),
  );
  byId('total').replaceChildren(
    `共 ${display.waiting} 人等候 `,
    h('span', { class: 'en', lang: 'en' }, `${display.waiting} waiting`),
  );
  if (lastSeq !== null && display.callSeq > lastSeq) {
    chime.play();
    now.classList.remove('flash');
    // Restart the highlight of a new call (reading offsetWidth applies the removal first).
    void now.offsetWidth;
    now.classList.add('flash');
  }
  lastSeq = display.callSeq;
};

const connection = (zh: string, en: string): void => {
  byId('connection').replaceChildren(zh === '' ? '' : `${zh} · ${en}`);
};

const tick = (): void => {
  // China time (UTC+8 all year), whatever zone the TV's browser was set to.
  byId('clock').textContent = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(11, 16);
};

const start = (): void => {
  tick();
  setInterval(tick, 10_000);
  if (centreId === '') {
    byId('hall').replaceChildren(
      h(
        'p',
        { class: 'error' },
        '请在地址中写明服务中心：/display/<服务中心编号> · Add the centre to the address',
      ),
    );
    return;
  }
  const chimeButton = byId('chime') as HTMLButtonElement;
  chimeButton.hidden = !chime.needsGesture;
  chimeButton.addEventListener('click', () => {
    void chime.enable().then(() => {
      chimeButton.hidden = !chime.needsGesture;
    });
  });
  // EventSource reconnects by itself (the server asks for 2 s); the state comes again on every connection.
  const source = new EventSource(`/api/service-centre/queue/display/${encodeURIComponent(centreId)}/events`);
  source.addEventListener('display', (event) => {
    connection('', '');
    render(JSON.parse((event as MessageEvent<string>).data) as Display);
  });
  source.addEventListener('error', () => {
    if (source.readyState === EventSource.CLOSED)
      byId('hall').replaceChildren(h('p', { class: 'error' }, '没有这个服务中心 · There is no such centre'));
    else connection('连接中断，正在重连', 'Reconnecting');
  });
};

start();
