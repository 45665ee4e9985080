/** Staff accounts, for admins: list, add, rename or change role, disable, enable, reset the secret. */
import { Ok, StaffAccount, StaffList, StaffNames, type StaffRole } from '../core/auth/api.js';
import { apiRequest } from './http.js';

export interface NewStaffInput {
  displayName: string;
  loginName: string;
  role: StaffRole;
  secret: string;
}

const account = (id: string) => `/api/staff/${encodeURIComponent(id)}`;

export const listStaff = () => apiRequest('GET', '/api/staff', { schema: StaffList });

export const listStaffNames = () => apiRequest('GET', '/api/staff/names', { schema: StaffNames });

/** 409 `login_taken` when the sign-in name is in use. */
export const createStaff = (input: NewStaffInput) =>
  apiRequest('POST', '/api/staff', { body: input, schema: StaffAccount });

/** 409 `last_admin` when this would leave no active admin; 400 `unknown_site` for a site the server does not know. */
export const updateStaff = (id: string, changes: { displayName?: string; role?: StaffRole; sites?: string[] }) =>
  apiRequest('PATCH', account(id), { body: changes, schema: StaffAccount });

/** 409 `last_admin` or `cannot_disable_self`. */
export const disableStaff = (id: string) => apiRequest('POST', `${account(id)}/disable`, { schema: StaffAccount });

export const enableStaff = (id: string) => apiRequest('POST', `${account(id)}/enable`, { schema: StaffAccount });

export const resetStaffSecret = (id: string, secret: string) =>
  apiRequest('POST', `${account(id)}/reset-secret`, { body: { secret }, schema: Ok });
