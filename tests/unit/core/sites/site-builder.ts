/** Ops from a device at a site: the shared op builder, with the site the device writes on every op. */
import type { Op } from '../../../../src/core/ops/op.js';
import { type OpBuilder, opBuilder } from '../../../support/op-factory.js';

/** A builder whose ops carry `site` (none: a device of the default site, as before sites). */
export function siteBuilder(deviceId: string, actor: string | null, site: string | null, start?: number): OpBuilder {
  const builder = opBuilder(deviceId, actor, start);
  return {
    deviceId,
    op: (draft, options) => {
      const op = builder.op(draft, options);
      return (site ? { ...op, site } : op) as Op;
    },
  };
}
