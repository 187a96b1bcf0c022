/**
 * The reference a plan goes by in moderation: the start of its content hash. Forms leave the
 * machine for partners' laptops, so they name plans by this, never by the child's name.
 */
export const planReference = (sha256: string): string => `EHC-${sha256.slice(0, 8).toUpperCase()}`;
