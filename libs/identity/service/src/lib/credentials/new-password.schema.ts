import { z } from 'zod';

/**
 * A password people choose: at least 8 characters (NIST SP 800-63B), at most 128 so hashing stays cheap
 * to refuse; no composition rules, which mostly produce `Password1!`.
 */
export const newPasswordSchema = z
  .string()
  .min(8, '密码至少8位 / A password has at least 8 characters')
  .max(128, '密码不超过128位 / A password has at most 128 characters');
