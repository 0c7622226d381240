export { type Division, DivisionDirectory, processDivisionDirectory } from './lib/division-directory';
