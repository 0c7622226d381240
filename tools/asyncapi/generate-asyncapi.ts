import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { renderAsyncApi } from './asyncapi-document';

/** npm run docs:asyncapi — rewrites docs/asyncapi.json from the contracts. */
writeFileSync(resolve(__dirname, '../../docs/asyncapi.json'), renderAsyncApi());
console.log('docs/asyncapi.json written');
