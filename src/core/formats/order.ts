/** One order for every export, so the same data always gives the same file: by time, then by id. */
export function byKeys<T>(...keys: ((x: T) => string)[]): (a: T, b: T) => number {
  return (a, b) => {
    for (const k of keys) {
      const ka = k(a);
      const kb = k(b);
      if (ka !== kb) return ka < kb ? -1 : 1;
    }
    return 0;
  };
}
