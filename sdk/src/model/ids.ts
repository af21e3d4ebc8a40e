/** The id schema; generators live in uuid.ts (zod-free, safe for the widget bundle). */
import { z } from 'zod';

export const Id = z.uuid({ message: 'must be a UUID' });
export type Id = z.infer<typeof Id>;
export { uuidv7, nameId, checkInId } from './uuid';
