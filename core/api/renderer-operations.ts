/**
 * The operations a renderer may call, as a plain list: the Electron preload is bundled from this
 * file alone (it cannot load core). A test keeps it equal to RENDERER_OPERATIONS.
 */
export const RENDERER_OPERATION_NAMES = [
  'plans.upload',
  'plans.list',
  'plans.pdf',
  'audits.get',
  'audits.review',
  'audits.setLevel',
  'audits.setNote',
  'audits.setOverall',
  'auditors.create',
  'auditors.list',
  'rubric.get',
  'exercises.create',
  'exercises.list',
  'exercises.get',
  'exercises.assignment',
  'exercises.score',
  'exercises.submit',
  'exercises.panel',
  'exercises.note',
  'exercises.agree',
  'exercises.signOff',
  'exercises.agreement',
  'forms.export',
  'forms.import',
  'exports.training',
  'exports.moderation',
  'exports.dashboard',
] as const;

/** Desktop-only operations the main process adds: a native dialog, then an import. */
export const DESKTOP_OPERATION_NAMES = ['dialogs.importFiles', 'dialogs.importFolder'] as const;
