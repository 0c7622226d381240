import { partyBuildingEnv } from '@qinqing/party-building/service';
import { loadConfig } from '@qinqing/shared/config';
import { checkStorageEnv, serviceEnv } from '@qinqing/shared/nest-platform';
import { z } from 'zod';

/** The party-building service's variables: the common service ones (port 3105 by default) and its own. */
export const partyBuildingServiceConfigSchema = z
  .object({ ...serviceEnv(3105), ...partyBuildingEnv })
  .superRefine(checkStorageEnv);

export type PartyBuildingServiceConfig = z.infer<typeof partyBuildingServiceConfigSchema>;

export const loadPartyBuildingServiceConfig = (
  env: Readonly<Record<string, string | undefined>> = process.env,
): PartyBuildingServiceConfig => loadConfig(partyBuildingServiceConfigSchema, env);
