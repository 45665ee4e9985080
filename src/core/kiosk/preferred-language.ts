/**
 * Which of the app's languages a participant's recorded preference means. Staff record a code
 * ("es"); older or imported profiles may hold a regional code ("es-MX") or the language's own name.
 */

/** The app language for `preferred`, or null when it is empty or a language the app does not have. */
export function appLanguageFor(
  preferred: string | null | undefined,
  languages: readonly { readonly code: string; readonly label: string }[],
): string | null {
  const wanted = preferred?.trim().toLowerCase();
  if (!wanted) return null;
  const primary = wanted.split(/[-_]/)[0];
  const match = languages.find(
    (language) => language.code.toLowerCase() === primary || language.label.toLowerCase() === wanted,
  );
  return match?.code ?? null;
}
