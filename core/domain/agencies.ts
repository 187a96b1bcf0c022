/** The agencies auditors come from: one list for the store, the API, the command line and the exports. */
export const AUDITOR_AGENCIES = ['education', 'health', 'social-care', 'parent-carer-forum', 'send-qa'] as const;
export type AuditorAgency = (typeof AUDITOR_AGENCIES)[number];
