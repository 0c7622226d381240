/**
 * Generators of request histories decided by the real decider, for other libraries' property tests (a read
 * model against the domain's own fold). Not part of the domain's API: only tests import it.
 */
export {
  historyScript,
  type PlayedStep,
  runScript,
} from './lib/enterprise-request/test-setup/enterprise-request.arbitraries';
export { REQUEST_ID } from './lib/enterprise-request/test-setup/enterprise-request.fixtures';
