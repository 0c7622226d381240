import { STAFF_ROLES } from '@qinqing/identity/domain';
import { textSchema } from '@qinqing/shared/contracts-kit';
import { z } from 'zod';
import { newPasswordSchema } from '../../credentials/new-password.schema';

export const createStaffAccountSchema = z
  .object({
    username: z.string().min(1).max(64),
    displayName: textSchema(100, { zh: '姓名', en: 'Display name' }),
    role: z.enum(STAFF_ROLES),
    departmentId: z.string().min(1).max(64).optional(),
    centreId: z.string().min(1).max(64).optional(),
    /** The initial password, handed to the person out of band. */
    password: newPasswordSchema,
  })
  .strict();

export type CreateStaffAccountBody = z.infer<typeof createStaffAccountSchema>;
