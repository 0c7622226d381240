import type { Request } from 'express';

/** The request's correlation id, set by the platform's correlation middleware. */
export const correlationIdOf = (request: Request): string => {
  const id = (request as Request & { id?: unknown }).id;
  return typeof id === 'string' ? id : 'uncorrelated';
};
