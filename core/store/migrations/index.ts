import { migration001 } from './001-plans-and-audits';
import { migration002 } from './002-auditors-and-judgements';
import { migration003 } from './003-moderation-exercises';
import { type Migration } from './migration';

/** In order: migration N brings the schema to `user_version` N. */
export const MIGRATIONS: readonly Migration[] = [migration001, migration002, migration003];
