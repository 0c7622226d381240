import { z } from 'zod';

export const registerKioskDeviceSchema = z
  .object({
    deviceId: z.string().min(1).max(64),
    centreId: z.string().min(1).max(64),
    label: z.string().min(1).max(100),
  })
  .strict();

export type RegisterKioskDeviceBody = z.infer<typeof registerKioskDeviceSchema>;
