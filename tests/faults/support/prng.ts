/**
 * A tiny seeded PRNG (sfc32), split into named streams, so one printed seed replays every choice
 * of a run: each device, the proxy's faults per device and the server nemesis draw from their own.
 */

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max]. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** A key of `weights`, each as likely as its weight. */
  weighted<K extends string>(weights: Readonly<Partial<Record<K, number>>>): K;
}

/** A fresh seed for a run that was not given one (printed with every result, so it can be replayed). */
export function freshSeed(): number {
  return Math.floor(Math.random() * 2 ** 32);
}

/** The stream called `name` of the run seeded with `seed`: the same pair gives the same draws. */
export function stream(seed: number, name: string): Random {
  // FNV-1a of the name, mixed with the seed, feeds the four words of sfc32's state.
  let hash = 2166136261 ^ seed;
  for (const char of name) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619);
  return sfc32(seed >>> 0, hash >>> 0, 0x9e3779b9, (seed ^ 0x85ebca6b) >>> 0);
}

function sfc32(a: number, b: number, c: number, d: number): Random {
  const next = () => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  // The first draws of sfc32 from a weak state are poor: throw them away.
  for (let i = 0; i < 15; i += 1) next();
  const random: Random = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (probability) => next() < probability,
    pick: (items) => {
      if (items.length === 0) throw new Error('pick from nothing');
      return items[Math.floor(next() * items.length)] as (typeof items)[number];
    },
    weighted: (weights) => {
      const entries = Object.entries(weights).filter(([, weight]) => (weight as number) > 0) as [string, number][];
      const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
      let point = next() * total;
      for (const [key, weight] of entries) {
        point -= weight;
        if (point < 0) return key as never;
      }
      return (entries.at(-1)?.[0] ?? '') as never;
    },
  };
  return random;
}
