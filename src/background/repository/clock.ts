/** Time stamps and ids of new records, in one place (ISO-8601, UUID v4). */
export const now = (): string => new Date().toISOString();
export const uuid = (): string => crypto.randomUUID();
