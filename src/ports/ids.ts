import { randomInt, randomUUID } from 'node:crypto';

/** Randomness is a port so tests can make ids and references predictable (e.g. to force a collision). */
export interface Ids {
  newId(): string;
  random(): number;
}

export const randomIds: Ids = {
  newId: () => randomUUID(),
  random: () => randomInt(0, 2 ** 32) / 2 ** 32,
};
