/** First-admin setup, staff sign-in, the current session and sign-out. */
import { Ok, Session, SetupStatus } from '../core/auth/api.js';
import { apiRequest } from './http.js';

export interface SetupInput {
  code: string;
  displayName: string;
  loginName: string;
  secret: string;
}

/** Whether the first admin still has to be created. */
export const getSetupStatus = () => apiRequest('GET', '/api/setup', { schema: SetupStatus });

/** Creates the first admin with the one-time code and signs them in. */
export const completeSetup = (input: SetupInput) => apiRequest('POST', '/api/setup', { body: input, schema: Session });

export const signIn = (loginName: string, secret: string) =>
  apiRequest('POST', '/api/session', { body: { loginName, secret }, schema: Session });

/** The signed-in staff member; 401 `unauthorized` when nobody is signed in. */
export const getSession = () => apiRequest('GET', '/api/session', { schema: Session });

export const signOut = () => apiRequest('DELETE', '/api/session', { schema: Ok });
