/**
 * Which conveniences a server offers. `demo` (the embedded database with no flag) seeds
 * Northwind and mounts dev sign-in and the demo intranet; `production` (any DATABASE_URL,
 * `--production`, or SIGHTLINE_MODE=production) has none of them, so knowing an email is never
 * enough to act as someone.
 */
export type Mode = 'demo' | 'production';

const MODES: readonly Mode[] = ['demo', 'production'];

export function modeFrom(options: { production?: boolean; env: NodeJS.ProcessEnv }): Mode {
  const asked = options.env.SIGHTLINE_MODE;
  if (asked !== undefined && !MODES.includes(asked as Mode)) throw new Error(`SIGHTLINE_MODE must be one of ${MODES.join(', ')}, got ${asked}`);
  if (options.env.DATABASE_URL) {
    // A shared PostgreSQL holds real people: a demo there would hand out their tokens.
    if (asked === 'demo') throw new Error('SIGHTLINE_MODE=demo runs only on the embedded database; unset DATABASE_URL for a demo');
    return 'production';
  }
  return options.production || asked === 'production' ? 'production' : 'demo';
}
