/** Response schemas shared by many routes: every error shape a route can answer with. */
import { ApiError } from '../../src/core/api.js';

/** Errors any authenticated route may answer: bad input, not signed in, not allowed. */
export const GUARDED_ERRORS = { 400: ApiError, 401: ApiError, 403: ApiError } as const;
export { ApiError };
