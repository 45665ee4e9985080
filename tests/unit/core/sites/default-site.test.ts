/**
 * A single center sees no difference: ops made before sites (no `site`) still parse and fold to
 * exactly the views the code before sites made (fixtures written by that code, fixed seed).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { foldOps } from '../../../../src/core/fold/apply.js';
import type { View } from '../../../../src/core/fold/views.js';
import { Op } from '../../../../src/core/ops/op.js';
import { DEFAULT_SITE_ID } from '../../../../src/core/sites/site.js';

const cases = JSON.parse(readFileSync(new URL('./fixtures/fold-before-sites.json', import.meta.url), 'utf8')) as {
  ops: Op[];
  views: [string, View][];
}[];

const sortedJson = (views: ReadonlyMap<string, View>) =>
  JSON.stringify([...views].sort(([a], [b]) => (a < b ? -1 : 1)));

describe('ops without a site', () => {
  it('parse unchanged', () => {
    for (const { ops } of cases) for (const op of ops) expect(Op.parse(op)).toEqual(op);
  });

  it('fold to byte-identical views', () => {
    for (const { ops, views } of cases) expect(sortedJson(foldOps(ops))).toBe(JSON.stringify(views));
  });

  it('fold the same when they name the default site outright', () => {
    for (const { ops, views } of cases) {
      const named = ops.map((op) => ({ ...op, site: DEFAULT_SITE_ID }));
      expect(sortedJson(foldOps(named))).toBe(JSON.stringify(views));
    }
  });
});
