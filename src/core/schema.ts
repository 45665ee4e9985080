/**
 * The one place core gets Zod from. Zod's JIT compiles validators with `new Function`, which
 * our Content-Security-Policy (no 'unsafe-eval') forbids in the browser, so it runs jitless.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
