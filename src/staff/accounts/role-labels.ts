/** Words for staff roles and account states. */
import type { StaffRole } from '../../core/auth/api.js';
import type { MessageKey } from '../../i18n/index.js';

export const ROLE_LABEL: Record<StaffRole, MessageKey> = {
  staff: 'accounts.role.staff',
  admin: 'accounts.role.admin',
};
