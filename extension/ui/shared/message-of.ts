/** An error as the sentence to show: its message, or whatever was thrown as text. */
export const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));
