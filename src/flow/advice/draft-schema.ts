import { z } from 'zod';
import { AskerRoleSchema } from '../../domain/advice.js';
import { SettingIdSchema } from '../../domain/setting.js';
import { IdentifierCheckSummarySchema, StoredFieldsSchema } from '../../domain/request.js';

/** The stored shape of a draft (draft.ts has its transitions); apart from them so the store reads drafts without loading the flow. */
export const DRAFT_STAGES = ['form', 'check', 'emergency', 'walkthrough', 'review', 'sent', 'cancelled'] as const;
export type DraftStage = (typeof DRAFT_STAGES)[number];

export const DraftSchema = z.object({
  draftId: z.string(),
  rev: z.number().int().min(0),
  /** Binds the draft's cards to the conversation they were sent in. */
  conv: z.string(),
  reference: z.string(),
  stage: z.enum(DRAFT_STAGES),
  fields: StoredFieldsSchema.optional(),
  /** Only the approved question (after the identifier check). */
  question: z.string().optional(),
  identifierCheck: IdentifierCheckSummarySchema.optional(),
  answers: z.record(z.string(), z.string()),
  /** The guidance pack the walk-through was started with (its answers are keyed by that pack's steps). */
  pack: z.object({ id: z.string(), version: z.number().int().min(1) }).optional(),
  /** Set when "a child is in immediate danger" stopped the walk-through: continuing goes back to it. */
  resume: z.enum(['walkthrough']).optional(),
  requestId: z.string().optional(),
  /** The asker's role on their previous request, offered again on the form. */
  rememberedRole: AskerRoleSchema.optional(),
  /**
   * The setting the asker chose (an organisation with several): its leads receive the request.
   * Remembered for the next request; its name is as it was when chosen (checked again at Send).
   */
  setting: z.object({ id: SettingIdSchema, name: z.string().max(120) }).optional(),
  startedAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type Draft = z.infer<typeof DraftSchema>;
