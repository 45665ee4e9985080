import type { MessageFormatElement, ParserOptions } from '@formatjs/icu-messageformat-parser';
import type { Plugin } from 'vite';

export const PARSE_OPTIONS: ParserOptions;
export function compileCatalogue(
  messages: Record<string, unknown>,
  file?: string,
): Record<string, MessageFormatElement[]>;
export function icuCatalogues(): Plugin;
