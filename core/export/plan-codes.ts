/**
 * A stable code per plan, from its content hash: the same plan has the same code in every
 * export, so "Child 1A2B3C4D" in this month's workbook is the child of last month's, and plan
 * "EHC-1A2B3C4D" is the one the scoring forms name (core/moderation planReference). Eight hex
 * digits, longer only where two plans of one export would collide. No identifier pattern can
 * match such a code in full (a postcode is at most seven characters; phone, NHS and UPN need
 * more digits), so scrubbing a pseudonymised text again changes nothing.
 */
export function planCodes(planKeys: readonly string[]): Map<string, string> {
  const unique = [...new Set(planKeys)];
  for (let digits = 8; digits <= 64; digits += 2) {
    const codes = new Map(unique.map((key) => [key, codeOf(key, digits)]));
    if (new Set(codes.values()).size === codes.size) return codes;
  }
  return new Map(unique.map((key, i) => [key, `${codeOf(key, 64)}${i}`]));
}

function codeOf(planKey: string, digits: number): string {
  const hex = /^[0-9a-f]+$/i.test(planKey) ? planKey : [...planKey].map((c) => c.charCodeAt(0).toString(16)).join('');
  return hex.slice(0, digits).toUpperCase();
}
