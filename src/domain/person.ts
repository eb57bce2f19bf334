import { z } from 'zod';

/** A person by Entra object id and display name (askers, actors, whoever set something up). */
export const PersonSchema = z.object({ id: z.string(), displayName: z.string() });
export type Person = z.infer<typeof PersonSchema>;

/** A person with their Teams channel account id, for leads (to address them in Teams). */
export const PersonRefSchema = PersonSchema.extend({ accountId: z.string().optional() });
export type PersonRef = z.infer<typeof PersonRefSchema>;
