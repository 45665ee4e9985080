/**
 * Which site something belongs to. An op names its site in the envelope (`site`); an op without
 * one, and every op made before sites existed, is the default site's, so one center sees no change.
 */

/** The first site: the one the center was before sites existed (made once from CENTER). */
export const DEFAULT_SITE_ID = 'site-main';
