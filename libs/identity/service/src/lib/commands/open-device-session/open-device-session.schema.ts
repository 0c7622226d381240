import { z } from 'zod';

/** The credential an administrator received when registering the device: `<deviceId>.<secret>`. */
export const openDeviceSessionSchema = z.object({ credential: z.string().min(3).max(300) }).strict();

export type OpenDeviceSessionBody = z.infer<typeof openDeviceSessionSchema>;
