/**
 * Masks what could identify a child or family in a quote that leaves the app on a scoring
 * form: the child's name and each part of it, NHS numbers, UPNs, email addresses, phone numbers,
 * postcodes, street addresses and dates. Plans are referred to by reference on the form, and the
 * auditor reads the plan itself for the full text.
 */
export function pseudonymise(text: string, childName: string | null): string {
  // Emails first: a name inside one would otherwise break it up before it is recognised.
  let out = text.replace(/\b[\w.+-]+@[\w-]+(\.[\w-]+)+\b/g, '[email]');
  const parts = (childName ?? '').split(/\s+/).filter((p) => p.length >= 2);
  for (const part of [childName ?? '', ...parts].filter(Boolean).sort((a, b) => b.length - a.length)) {
    out = out.replace(new RegExp(`\\b${part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'gi'), '[name]');
  }
  return out
    .replace(/\b[A-Z]\d{11}[0-9A-Z]\b/g, '[UPN]')
    .replace(/\b\d{3}[\s-]?\d{3}[\s-]?\d{4}\b/g, '[number]')
    .replace(/(\+44\s?|\b0)\d{2,4}[\s-]?\d{3}[\s-]?\d{3,4}\b/g, '[phone]')
    .replace(/\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/g, '[postcode]')
    .replace(/\b\d{1,4}[a-z]?\s+([A-Z][a-z]+\s){1,3}(Road|Street|Avenue|Lane|Close|Drive|Way|Crescent|Court|Place|Gardens|Grove|Terrace|Row|Hill|Park|Square|Walk|Mews)\b/g, '[address]')
    .replace(/\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b/g, '[date]');
}
