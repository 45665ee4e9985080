/**
 * Validation problems as one line a person can act on ("payload.name: must be a single line"):
 * the field and what is wrong with it, never the value that was sent.
 */
import type { z } from './schema.js';

/** Longer path parts are not field names or indexes but keys someone sent: not repeated back. */
const MAX_PATH_PART = 40;

export function describeIssues(issues: readonly z.core.$ZodIssue[], limit = 5): string {
  return issues
    .slice(0, limit)
    .map((issue) => {
      const field = pathOf(issue);
      const message = messageOf(issue);
      return field ? `${field}: ${message}` : message;
    })
    .join('; ');
}

function pathOf(issue: z.core.$ZodIssue): string {
  // A refused record key is the last part of the path: leave it out, it is the caller's input.
  const path = issue.code === 'invalid_key' ? issue.path.slice(0, -1) : issue.path;
  return path.map((part) => (String(part).length > MAX_PATH_PART ? '…' : String(part))).join('.');
}

function messageOf(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    // Zod lists the unexpected keys themselves.
    case 'unrecognized_keys':
      return 'has fields that are not accepted here';
    case 'invalid_key':
      return 'has a key that is not accepted here';
    default:
      return issue.message;
  }
}
