/**
 * A stable code per plan, from its content hash: the same plan has the same code in every
 * export, so "Child 482190" in this month's workbook is the child of last month's. Digits only
 * (see PlanIdentity.code); six of them, longer only where two plans of one export would collide.
 */
export function planCodes(planKeys: readonly string[]): Map<string, string> {
  const unique = [...new Set(planKeys)];
  for (let digits = 6; digits <= 15; digits++) {
    const codes = new Map(unique.map((key) => [key, codeOf(key, digits)]));
    if (new Set(codes.values()).size === codes.size) return codes;
  }
  // Fifteen digits of a SHA-256 colliding means the same hash twice, which the Set above removed.
  return new Map(unique.map((key, i) => [key, `${codeOf(key, 15)}${i}`]));
}

function codeOf(planKey: string, digits: number): string {
  const hex = /^[0-9a-f]+$/i.test(planKey) ? planKey : [...planKey].map((c) => c.charCodeAt(0).toString(16)).join('');
  return (BigInt(`0x${hex.slice(0, 16).padEnd(16, '0')}`) % 10n ** BigInt(digits)).toString().padStart(digits, '0');
}
