/**
 * Which of the app's languages a participant's recorded preference means. Staff record a code
 * ("es"); older or imported profiles may hold a regional code ("es-MX"), a related code ("yue" for
 * Cantonese, read in Traditional Chinese; "fil" for Filipino) or the language's own name.
 */

/** Spoken languages whose readers the app serves in another of its languages. */
const READ_AS: Readonly<Record<string, string>> = { yue: 'zh', fil: 'tl' };

/** The app language for `preferred`, or null when it is empty or a language the app does not have. */
export function appLanguageFor(
  preferred: string | null | undefined,
  languages: readonly { readonly code: string; readonly name: string }[],
): string | null {
  const wanted = preferred?.trim().toLowerCase();
  if (!wanted) return null;
  const spoken = wanted.split(/[-_]/)[0] ?? wanted;
  const primary = READ_AS[spoken] ?? spoken;
  const match =
    languages.find((language) => language.code.toLowerCase() === wanted) ??
    languages.find(
      (language) => language.code.toLowerCase().split('-')[0] === primary || language.name.toLowerCase() === wanted,
    );
  return match?.code ?? null;
}
