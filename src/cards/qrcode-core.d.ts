/**
 * Types for the pure encoder inside the `qrcode` package (the `create` that its main entry
 * re-exports; see @types/qrcode). We import the core directly because @types/qrcode starts with
 * `/// <reference types="node" />`, which would let browser code see Node's built-ins, and
 * because the kiosk-free staff chunk then carries no canvas or string renderers.
 */
declare module 'qrcode/lib/core/qrcode.js' {
  export type QrErrorCorrectionLevel = 'L' | 'M' | 'Q' | 'H';

  /** The modules of a symbol: `get` is truthy for a dark module. */
  export interface QrBitMatrix {
    readonly size: number;
    get(row: number, col: number): number | boolean;
  }

  export interface QrSymbol {
    readonly modules: QrBitMatrix;
    readonly version: number;
  }

  export function create(text: string, options?: { errorCorrectionLevel?: QrErrorCorrectionLevel }): QrSymbol;
}
