/** The id schema; generators live in uuid.ts (zod-free, safe for the widget bundle). */
import { z } from 'zod/mini';

export const Id = z.uuid('must be a UUID');
export type Id = z.infer<typeof Id>;
export { uuidv7, nameId, checkInId, supportDecisionId, reviewTemplateId, cadenceId } from './uuid';
