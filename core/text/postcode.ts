/**
 * A UK postcode's shape ("PQ6 8PH", "GQ11 6XB"). Lenient on purpose (any letters): exports
 * replace what matches, and the plain-language check reads past it, so a near miss costs little.
 */
export const POSTCODE_SOURCE = String.raw`\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b`;
