import { loadConfig } from '@qinqing/shared/config';
import { serviceConfigSchema, type ServiceConfig } from '@qinqing/shared/nest-platform';

/** The party-building service's variables: the common service ones, port 3105 by default. */
export const partyBuildingServiceConfigSchema = serviceConfigSchema(3105);

export type PartyBuildingServiceConfig = ServiceConfig;

export const loadPartyBuildingServiceConfig = (
  env: Readonly<Record<string, string | undefined>> = process.env,
): PartyBuildingServiceConfig => loadConfig(partyBuildingServiceConfigSchema, env);
