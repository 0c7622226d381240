/** The event catalogue (docs/asyncapi.json): its generation from the contracts, and a check of messages against it. */
export * from './asyncapi-document';
export * from './catalogue-validator';
