import { textSchema } from '@qinqing/shared/contracts-kit';
import { z } from 'zod';

export const registerKioskDeviceSchema = z
  .object({
    deviceId: z.string().min(1).max(64),
    centreId: z.string().min(1).max(64),
    label: textSchema(100, { zh: '设备名称', en: 'Label' }),
  })
  .strict();

export type RegisterKioskDeviceBody = z.infer<typeof registerKioskDeviceSchema>;
