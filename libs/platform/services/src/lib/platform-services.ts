/**
 * The processes of the distributed mode, in one list: the launcher (`npm run start:distributed`), the
 * gateway's forwarding table and its configuration, docker-compose.yml, the public topics and the event
 * catalogue's contexts all take them from here. Adding a context service is one entry in
 * `PLATFORM_SERVICES` (`nx g @qinqing/tools:context <name>` writes it). Plain data, so every app and tool
 * may read it.
 */

/** A context service: one process, one database, the API paths it answers, the topic it publishes on. */
export interface PlatformService {
  /** The bounded context it runs, e.g. "appeals": `/api/<context>/…`, `qinqing.<context>.events.v1`. */
  readonly context: string;
  /** Process, docker-compose service and Kafka client name, e.g. "appeals-service". */
  readonly name: string;
  /** The app's main module, run by the launcher and by compose. */
  readonly entry: string;
  /** Its port in the distributed mode on one machine and in compose (a service listens on loopback here). */
  readonly port: number;
  /** Its own PostgreSQL database is `<prefix>_<database>`, e.g. qinqing_appeals. */
  readonly database: string;
  /** Path prefixes the gateway forwards to it, without the trailing slash. */
  readonly routes: readonly string[];
  /** The gateway's variable holding its base URL. */
  readonly urlVariable: string;
  /** The topic of its public events, or null for a context that publishes none. */
  readonly topic: string | null;
  /** What its topic carries, for the event catalogue. */
  readonly topicDescription?: string;
  /**
   * Settings production must give it (no default without demo data), with the reason shown when missing:
   * compose requires them, the launcher passes them on when set.
   */
  readonly requiredSettings?: Readonly<Record<string, string>>;
}

/** The gateway: kiosk and console bundles, identity (it publishes the organisation-unit catalogue). */
export const GATEWAY = {
  name: 'gateway',
  context: 'identity',
  entry: 'apps/gateway/src/main.ts',
  port: 3000,
  database: 'gateway',
  topic: 'qinqing.identity.events.v1',
  topicDescription:
    'The organisation-unit catalogue (departments, 亲清家园 centres, receiving units) services route and name by. ' +
    'Published by the gateway, where identity lives in the distributed mode.',
} as const;

export const PLATFORM_SERVICES: readonly PlatformService[] = [
  {
    context: 'appeals',
    name: 'appeals-service',
    entry: 'apps/appeals-service/src/main.ts',
    port: 3101,
    database: 'appeals',
    // The calendar runs in the appeals service, which counts its deadlines with it.
    routes: ['/api/appeals', '/api/calendar'],
    urlVariable: 'APPEALS_SERVICE_URL',
    topic: 'qinqing.appeals.events.v1',
    topicDescription:
      'Enterprise requests (企业诉求): intake, routing, working-day clocks, supervision (督办), feedback.',
    requiredSettings: {
      APPEALS_DEFAULT_OWNER_UNIT_ID: '兜底责任单位, a registered department',
    },
  },
  {
    context: 'service-centre',
    name: 'service-centre-service',
    entry: 'apps/service-centre-service/src/main.ts',
    port: 3102,
    database: 'service_centre',
    routes: ['/api/service-centre'],
    urlVariable: 'SERVICE_CENTRE_SERVICE_URL',
    topic: 'qinqing.service-centre.events.v1',
    topicDescription:
      '亲清家园 service centres: walk-in queue, events, policy library and push, misconduct-report counts, the health index.',
  },
  {
    context: 'liaison',
    name: 'liaison-service',
    entry: 'apps/liaison-service/src/main.ts',
    port: 3103,
    database: 'liaison',
    routes: ['/api/liaison', '/api/enterprises'],
    urlVariable: 'LIAISON_SERVICE_URL',
    topic: 'qinqing.liaison.events.v1',
    topicDescription:
      '领导干部联系企业 (pairings, visits, interaction filings, conflicts of interest) and the enterprise directory (企业名录) the other contexts replicate.',
  },
  {
    context: 'credit',
    name: 'credit-service',
    entry: 'apps/credit-service/src/main.ts',
    port: 3104,
    database: 'credit',
    routes: ['/api/credit'],
    urlVariable: 'CREDIT_SERVICE_URL',
    topic: 'qinqing.credit.events.v1',
    topicDescription:
      'Credit (诚信档案、红黑榜): integrity records, disclosure periods and repair, restrictions, the red/black board',
  },
  {
    context: 'party-building',
    name: 'party-building-service',
    entry: 'apps/party-building-service/src/main.ts',
    port: 3105,
    database: 'party_building',
    routes: ['/api/party-building'],
    urlVariable: 'PARTY_BUILDING_SERVICE_URL',
    topic: 'qinqing.party-building.events.v1',
    topicDescription:
      "非公企业党建: party organisation in private enterprises by counts only, the branch rules' thresholds, instructors, coverage",
  },
];

/**
 * The working-day calendar: no process of its own. It is owned by the service whose routes hold `/api/calendar`
 * (administrators load notices there), which publishes them on the calendar's own topic; every other service
 * that counts working days replicates them (`CalendarModule.forRoot({ role: 'replica', … })`).
 */
export const CALENDAR = {
  context: 'calendar',
  topic: 'qinqing.calendar.events.v1',
  topicDescription:
    'The holiday notices (国务院办公厅节假日安排通知) the calendar records, in order: the services that count working days replicate them. ' +
    'Published by the service that answers /api/calendar.',
} as const;

/** Every topic of public events, created before the processes start. */
export const PUBLIC_TOPICS: readonly string[] = [
  GATEWAY.topic,
  CALENDAR.topic,
  ...PLATFORM_SERVICES.flatMap((service) => (service.topic === null ? [] : [service.topic])),
];

/** A service's URL on this machine, the gateway's default for its variable. */
export const localServiceUrl = (service: Pick<PlatformService, 'port'>, port = service.port): string =>
  `http://127.0.0.1:${port}`;
