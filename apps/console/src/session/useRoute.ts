import { useEffect, useState } from 'react';

export type Route =
  | { readonly screen: 'inbox' }
  | { readonly screen: 'detail'; readonly requestId: string }
  | { readonly screen: 'file' }
  | { readonly screen: 'queue-counter' }
  | { readonly screen: 'queue-dashboard' }
  | { readonly screen: 'dashboard' }
  | { readonly screen: 'admin' }
  | { readonly screen: 'ledger' }
  | { readonly screen: 'password' }
  | { readonly screen: 'directory' }
  | { readonly screen: 'enterprise'; readonly creditCode: string }
  | { readonly screen: 'liaison' }
  | { readonly screen: 'compliance' }
  | { readonly screen: 'health-index' }
  | { readonly screen: 'breaches' }
  | { readonly screen: 'reports' }
  | { readonly screen: 'integrity' }
  | { readonly screen: 'declarations' }
  | { readonly screen: 'credit' }
  | { readonly screen: 'credit-file'; readonly creditCode: string }
  | { readonly screen: 'credit-import' }
  | { readonly screen: 'credit-objections' }
  | { readonly screen: 'credit-repairs' }
  | { readonly screen: 'credit-boards' }
  | { readonly screen: 'party-organisations' }
  | { readonly screen: 'party-organisation'; readonly creditCode: string }
  | { readonly screen: 'party-alerts' }
  | { readonly screen: 'party-coverage' }
  | { readonly screen: 'party-honours' }
  | { readonly screen: 'party-joint-branches' }
  | { readonly screen: 'party-chambers' }
  | { readonly screen: 'party-pairings' }
  | { readonly screen: 'party-joint-branch'; readonly jointBranchId: string }
  | { readonly screen: 'policies' }
  | { readonly screen: 'policy'; readonly policyId: string }
  | { readonly screen: 'centre-events' };

const parse = (hash: string): Route => {
  const path = hash.replace(/^#/u, '');
  const detail = /^\/requests\/([^/]+)$/u.exec(path);
  if (detail?.[1] !== undefined) return { screen: 'detail', requestId: decodeURIComponent(detail[1]) };
  const enterprise = /^\/enterprises\/([^/]+)$/u.exec(path);
  if (enterprise?.[1] !== undefined)
    return { screen: 'enterprise', creditCode: decodeURIComponent(enterprise[1]) };
  const creditFile = /^\/credit\/files\/([^/]+)$/u.exec(path);
  if (creditFile?.[1] !== undefined)
    return { screen: 'credit-file', creditCode: decodeURIComponent(creditFile[1]) };
  const partyOrganisation = /^\/party-organisations\/([^/]+)$/u.exec(path);
  if (partyOrganisation?.[1] !== undefined)
    return { screen: 'party-organisation', creditCode: decodeURIComponent(partyOrganisation[1]) };
  const jointBranch = /^\/party-joint-branches\/([^/]+)$/u.exec(path);
  if (jointBranch?.[1] !== undefined)
    return { screen: 'party-joint-branch', jointBranchId: decodeURIComponent(jointBranch[1]) };
  const policy = /^\/policies\/([^/]+)$/u.exec(path);
  if (policy?.[1] !== undefined) return { screen: 'policy', policyId: decodeURIComponent(policy[1]) };
  if (path === '/policies') return { screen: 'policies' };
  if (path === '/party-joint-branches') return { screen: 'party-joint-branches' };
  if (path === '/centre-events') return { screen: 'centre-events' };
  if (path === '/party-chambers') return { screen: 'party-chambers' };
  if (path === '/party-pairings') return { screen: 'party-pairings' };
  if (path === '/party-organisations') return { screen: 'party-organisations' };
  if (path === '/party-alerts') return { screen: 'party-alerts' };
  if (path === '/party-coverage') return { screen: 'party-coverage' };
  if (path === '/party-honours') return { screen: 'party-honours' };
  if (path === '/credit') return { screen: 'credit' };
  if (path === '/credit-import') return { screen: 'credit-import' };
  if (path === '/credit-objections') return { screen: 'credit-objections' };
  if (path === '/credit-repairs') return { screen: 'credit-repairs' };
  if (path === '/credit-boards') return { screen: 'credit-boards' };
  if (path === '/directory') return { screen: 'directory' };
  if (path === '/file') return { screen: 'file' };
  if (path === '/queue-counter') return { screen: 'queue-counter' };
  if (path === '/queue-dashboard') return { screen: 'queue-dashboard' };
  if (path === '/dashboard') return { screen: 'dashboard' };
  if (path === '/admin') return { screen: 'admin' };
  if (path === '/ledger') return { screen: 'ledger' };
  if (path === '/password') return { screen: 'password' };
  if (path === '/liaison') return { screen: 'liaison' };
  if (path === '/compliance') return { screen: 'compliance' };
  if (path === '/health-index') return { screen: 'health-index' };
  if (path === '/breaches') return { screen: 'breaches' };
  if (path === '/reports') return { screen: 'reports' };
  if (path === '/integrity') return { screen: 'integrity' };
  if (path === '/declarations') return { screen: 'declarations' };
  return { screen: 'inbox' };
};

export const hrefFor = (route: Route): string => {
  switch (route.screen) {
    case 'inbox':
      return '#/';
    case 'detail':
      return `#/requests/${encodeURIComponent(route.requestId)}`;
    case 'enterprise':
      return `#/enterprises/${encodeURIComponent(route.creditCode)}`;
    case 'credit-file':
      return `#/credit/files/${encodeURIComponent(route.creditCode)}`;
    case 'party-organisation':
      return `#/party-organisations/${encodeURIComponent(route.creditCode)}`;
    case 'party-joint-branch':
      return `#/party-joint-branches/${encodeURIComponent(route.jointBranchId)}`;
    case 'policy':
      return `#/policies/${encodeURIComponent(route.policyId)}`;
    default:
      return `#/${route.screen}`;
  }
};

/** Hash routes: the platform serves one index.html under /console/, and bookmarks keep working. */
export const useRoute = (): Route => {
  const [route, setRoute] = useState<Route>(() => parse(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parse(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
};
