/** Every migration, in order. Add a file and list it here; never edit one that has shipped. */
import type { Migration } from 'kysely';
import * as init from './0001_init';

export const MIGRATIONS: Record<string, Migration> = {
  '0001_init': init,
};
