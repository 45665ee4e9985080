/**
 * Message catalogues (src/i18n/catalogues/<language>/<area>.json) are ICU MessageFormat text for
 * translators; the app gets them parsed. This Vite plugin parses each message at build time into
 * intl-messageformat's AST, so the browser never downloads the ICU parser (formatjs' advice: the
 * parser is swapped for its `no-parser` stub). A message that does not parse
 * fails the build with its key.
 */
import { createRequire } from 'node:module';
import { parse } from '@formatjs/icu-messageformat-parser';

const CATALOGUE = /[\\/]src[\\/]i18n[\\/]catalogues[\\/][^\\/]+[\\/][^\\/]+\.json$/;

/** Options both the build and the catalogue test parse with (tags are plain text here). */
export const PARSE_OPTIONS = { ignoreTag: true, requiresOtherClause: true };

/** A catalogue's messages, each parsed; throws naming the first message that does not parse. */
export function compileCatalogue(messages, file = 'catalogue') {
  const compiled = {};
  for (const [key, text] of Object.entries(messages)) {
    if (typeof text !== 'string') throw new Error(`${file}: "${key}" is not a string`);
    try {
      compiled[key] = parse(text, PARSE_OPTIONS);
    } catch (error) {
      throw new Error(`${file}: "${key}" is not valid ICU MessageFormat (${error.message})`);
    }
  }
  return compiled;
}

const NO_PARSER = createRequire(import.meta.url).resolve('@formatjs/icu-messageformat-parser/no-parser.js');

/**
 * The Vite plugin: runs before Vite's JSON plugin, handing it the parsed catalogue as JSON, and
 * gives intl-messageformat the parser's stub (our own build-time imports keep the real parser).
 */
export function icuCatalogues() {
  return {
    name: 'icu-catalogues',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source !== '@formatjs/icu-messageformat-parser' || !importer) return null;
      return /[\\/]node_modules[\\/]intl-messageformat[\\/]/.test(importer) ? NO_PARSER : null;
    },
    transform(code, id) {
      const file = id.split('?')[0];
      if (!CATALOGUE.test(file)) return null;
      return { code: JSON.stringify(compileCatalogue(JSON.parse(code), file)), map: null };
    },
  };
}
