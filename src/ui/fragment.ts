/** Reads `name=value` from an address fragment (`#code=...`); fragments never reach the server. */
export function fragmentParam(hash: string, name: string): string {
  return new URLSearchParams(hash.replace(/^#/, '')).get(name) ?? '';
}
