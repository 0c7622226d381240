import { useCallback, useState } from 'react';
import { ConsoleShell } from './components/ConsoleShell';
import { LocaleProvider } from './i18n/LocaleContext';
import { useText } from './i18n/useText';
import { AdminScreen } from './screens/AdminScreen';
import { DashboardScreen } from './screens/DashboardScreen';
import { CounterScreen } from './screens/queue/CounterScreen';
import { QueueDashboardScreen } from './screens/queue/QueueDashboardScreen';
import { DepartmentLedgerScreen } from './screens/DepartmentLedgerScreen';
import { DirectoryScreen } from './screens/DirectoryScreen';
import { EnterpriseScreen } from './screens/EnterpriseScreen';
import { FileRequestScreen } from './screens/FileRequestScreen';
import { InboxScreen } from './screens/InboxScreen';
import { DeclarationsPanel } from './screens/DeclarationsPanel';
import { IntegrityScreen } from './screens/IntegrityScreen';
import { LoginScreen } from './screens/LoginScreen';
import { PasswordScreen } from './screens/PasswordScreen';
import { RequestDetailScreen } from './screens/RequestDetailScreen';
import { BoardScreen } from './screens/credit/BoardScreen';
import { CreditSearchScreen } from './screens/credit/CreditSearchScreen';
import { IntegrityFileScreen } from './screens/credit/IntegrityFileScreen';
import { ObjectionsDesk } from './screens/credit/ObjectionsDesk';
import { PenaltyImportScreen } from './screens/credit/PenaltyImportScreen';
import { RepairsDesk } from './screens/credit/RepairsDesk';
import { ComplianceScreen } from './screens/liaison/ComplianceScreen';
import { HealthIndexScreen } from './screens/service-centre/HealthIndexScreen';
import { ConductBreachesScreen } from './screens/liaison/ConductBreachesScreen';
import { ReportDeskScreen } from './screens/reports/ReportDeskScreen';
import { LiaisonWorkspaceScreen } from './screens/liaison/LiaisonWorkspaceScreen';
import { AlertsScreen } from './screens/party-building/AlertsScreen';
import { CoverageScreen } from './screens/party-building/CoverageScreen';
import { HonoursScreen } from './screens/party-building/HonoursScreen';
import { ChambersScreen } from './screens/party-building/ChambersScreen';
import { PairingsScreen } from './screens/party-building/PairingsScreen';
import { JointBranchesScreen } from './screens/party-building/JointBranchesScreen';
import { JointBranchScreen } from './screens/party-building/JointBranchScreen';
import { OrganisationRecordScreen } from './screens/party-building/OrganisationRecordScreen';
import { OrganisationsScreen } from './screens/party-building/OrganisationsScreen';
import { CentreEventsScreen } from './screens/events/CentreEventsScreen';
import { PoliciesScreen } from './screens/policies/PoliciesScreen';
import { PolicyScreen } from './screens/policies/PolicyScreen';
import {
  defaultRouteFor,
  editsPolicies,
  mayOpen,
  organisesCentreEvents,
  publishesHealthIndex,
  readsCallLists,
  recordsPartyBuilding,
} from './session/sections';
import { useRoute } from './session/useRoute';
import { useSession } from './session/useSession';

const Screens = () => {
  const { tr } = useText();
  const session = useSession();
  const addressed = useRoute();
  const [detailTitle, setDetailTitle] = useState<string | null>(null);
  const onTitle = useCallback((title: string | null) => setDetailTitle(title), []);

  if (session.state.status === 'loading') return <p role="status">{tr('加载中…', 'Loading…')}</p>;
  if (session.state.status === 'signed-out')
    return <LoginScreen notice={session.state.notice ?? null} onSignedIn={() => void session.refresh()} />;
  const { me } = session.state;
  const role = me.role.id;
  // `#/` is the inbox for those who use it; a role without one lands on its own first section.
  const bare = window.location.hash === '' || window.location.hash === '#/';
  const route = bare && addressed.screen === 'inbox' ? defaultRouteFor(role) : addressed;

  const [title, screen] = ((): [string, React.ReactNode] => {
    // The sections a role may not use are not in its navigation, and not reachable by their address either.
    if (!mayOpen(role, route))
      return [
        tr('无权访问', 'Not available'),
        <p>{tr('您的角色不能使用此功能。', 'Your role does not use this section.')}</p>,
      ];
    switch (route.screen) {
      case 'detail':
        return [
          detailTitle ?? tr('诉求详情', 'Request'),
          <RequestDetailScreen key={route.requestId} requestId={route.requestId} onTitle={onTitle} />,
        ];
      case 'file':
        return [tr('代企业登记诉求', 'File a request for an enterprise'), <FileRequestScreen />];
      case 'dashboard':
        return [tr('部门评议统计', 'Department rates'), <DashboardScreen />];
      case 'queue-counter':
        return [tr('窗口叫号', 'Counter'), <CounterScreen me={me} />];
      case 'queue-dashboard':
        return [tr('排队统计', 'Queue figures'), <QueueDashboardScreen me={me} />];
      case 'password':
        return [
          tr('修改密码', 'Change password'),
          <PasswordScreen
            onChanged={() => {
              window.location.hash = '#/';
              session.signedOut({
                zh: '密码已修改，请用新密码登录',
                en: 'Password changed: sign in with the new one',
              });
            }}
          />,
        ];
      case 'admin':
        return [tr('系统管理', 'Administration'), <AdminScreen />];
      case 'ledger':
        return [tr('部门服务台账', 'Department service ledger'), <DepartmentLedgerScreen me={me} />];
      case 'directory':
        return [tr('企业名录', 'Enterprise directory'), <DirectoryScreen />];
      case 'enterprise':
        return [
          detailTitle ?? tr('企业', 'Enterprise'),
          <EnterpriseScreen
            key={route.creditCode}
            creditCode={route.creditCode}
            role={role}
            onTitle={onTitle}
          />,
        ];
      case 'credit':
        return [tr('诚信档案：查找企业', 'Integrity files: find an enterprise'), <CreditSearchScreen />];
      case 'credit-file':
        return [
          detailTitle ?? tr('诚信档案', 'Integrity file'),
          <IntegrityFileScreen key={route.creditCode} creditCode={route.creditCode} onTitle={onTitle} />,
        ];
      case 'credit-import':
        return [tr('导入行政处罚（双公示）', 'Import administrative penalties'), <PenaltyImportScreen />];
      case 'credit-objections':
        return [tr('信用信息异议处理', 'Objections to credit records'), <ObjectionsDesk />];
      case 'credit-repairs':
        return [tr('信用修复申请', 'Credit repair applications'), <RepairsDesk />];
      case 'credit-boards':
        return [tr('诚信红黑榜', 'Red/black board'), <BoardScreen />];
      case 'party-organisations':
        return [
          tr('党组织登记', 'Party organisation records'),
          <OrganisationsScreen mayRecord={recordsPartyBuilding(role)} />,
        ];
      case 'party-organisation':
        return [
          detailTitle ?? tr('党组织', 'Party organisation'),
          <OrganisationRecordScreen
            key={route.creditCode}
            creditCode={route.creditCode}
            mayRecord={recordsPartyBuilding(role)}
            onTitle={onTitle}
          />,
        ];
      case 'party-joint-branches':
        return [
          tr('联合党支部', 'Joint branches'),
          <JointBranchesScreen mayRecord={recordsPartyBuilding(role)} />,
        ];
      case 'party-joint-branch':
        return [
          detailTitle ?? tr('联合党支部', 'Joint branch'),
          <JointBranchScreen
            key={route.jointBranchId}
            jointBranchId={route.jointBranchId}
            mayRecord={recordsPartyBuilding(role)}
            onTitle={onTitle}
          />,
        ];
      case 'policies':
        return [tr('政策库', 'Policy library'), <PoliciesScreen mayEdit={editsPolicies(role)} />];
      case 'policy':
        return [
          detailTitle ?? tr('政策', 'Policy'),
          <PolicyScreen
            key={route.policyId}
            policyId={route.policyId}
            mayEdit={editsPolicies(role)}
            mayCall={readsCallLists(role)}
            onTitle={onTitle}
          />,
        ];
      case 'party-chambers':
        return [
          tr('商会党组织', 'Chambers of commerce’s party organisations'),
          <ChambersScreen mayRecord={recordsPartyBuilding(role)} />,
        ];
      case 'party-pairings':
        return [
          tr('四联四帮结对', '四联四帮 pairings'),
          <PairingsScreen mayRecord={recordsPartyBuilding(role)} />,
        ];
      case 'party-alerts':
        return [tr('党建预警', 'Party-building alerts'), <AlertsScreen />];
      case 'party-coverage':
        return [tr('党的组织和工作覆盖率', 'Party organisation and work coverage'), <CoverageScreen />];
      case 'party-honours':
        return [
          tr('评优评先推荐', 'Honours recommendations'),
          <HonoursScreen mayRecommend={recordsPartyBuilding(role)} />,
        ];
      case 'centre-events':
        return [
          tr(
            '活动（恳谈会、宣讲会、微课堂、法律服务）',
            'Events (symposia, briefings, courses, legal service)',
          ),
          <CentreEventsScreen mayOrganise={organisesCentreEvents(role)} />,
        ];
      case 'liaison':
        return [tr('我的联系企业', 'My enterprises'), <LiaisonWorkspaceScreen />];
      case 'breaches':
        return [tr('走访廉洁申报异常', 'Conduct breaches on visits'), <ConductBreachesScreen />];
      case 'reports':
        return [tr('举报受理台', 'Misconduct report desk'), <ReportDeskScreen />];
      case 'compliance':
        return [tr('走访达标情况', 'Visit compliance'), <ComplianceScreen />];
      case 'health-index':
        return [
          tr('亲清健康指数', '亲清 health index'),
          <HealthIndexScreen mayPublish={publishesHealthIndex(role)} />,
        ];
      case 'integrity':
        return [tr('政商交往报备与申报', 'Interaction filings and declarations'), <IntegrityScreen />];
      case 'declarations':
        return [
          tr('特定关系人申报与回避', 'Declared relations and recusals'),
          <div className="integrity">
            <DeclarationsPanel />
          </div>,
        ];
      default:
        return [tr('诉求列表', 'Inbox'), <InboxScreen role={role} />];
    }
  })();

  return (
    <ConsoleShell me={me} route={route} title={title} onLogOut={() => void session.logOut()}>
      {screen}
    </ConsoleShell>
  );
};

/** The staff console: login, inbox, request detail, filing, dashboard and administration. */
export const App = () => (
  <LocaleProvider>
    <Screens />
  </LocaleProvider>
);
